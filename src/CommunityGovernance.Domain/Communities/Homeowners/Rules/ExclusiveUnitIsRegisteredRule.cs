using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>See <see cref="CommunityRules.ExclusiveUnitIsRegistered"/>.</summary>
internal sealed class ExclusiveUnitIsRegisteredRule(ExclusiveUnitId unit, bool registered) : IDomainRule
{
    public string Name => CommunityRules.ExclusiveUnitIsRegistered;

    public string Message => $"The exclusive unit '{unit}' is not in the ownership register.";

    public bool IsBroken() => !registered;
}
