using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>See <see cref="CommunityRules.OrderCarriesGovernancePower"/>.</summary>
internal sealed class OrderCarriesGovernancePowerRule(GovernancePower power) : IDomainRule
{
    public string Name => CommunityRules.OrderCarriesGovernancePower;

    public string Message => $"An administrative order must carry one of the four governance powers, not '{power}'.";

    public bool IsBroken() => !Enum.IsDefined(power);
}
