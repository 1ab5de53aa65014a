using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>See <see cref="CommunityRules.ExclusiveUnitIsRegisteredOnce"/>.</summary>
internal sealed class ExclusiveUnitIsRegisteredOnceRule(ExclusiveUnitId unit, bool registered) : IDomainRule
{
    public string Name => CommunityRules.ExclusiveUnitIsRegisteredOnce;

    public string Message => $"The exclusive unit '{unit}' is already in the ownership register.";

    public bool IsBroken() => registered;
}
