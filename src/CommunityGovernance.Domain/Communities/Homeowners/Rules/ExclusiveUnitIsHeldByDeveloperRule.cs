using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>See <see cref="CommunityRules.ExclusiveUnitIsHeldByDeveloper"/>.</summary>
internal sealed class ExclusiveUnitIsHeldByDeveloperRule(ExclusiveUnitId unit, bool held) : IDomainRule
{
    public string Name => CommunityRules.ExclusiveUnitIsHeldByDeveloper;

    public string Message => $"The exclusive unit '{unit}' was already delivered; a later change of owner is a transfer.";

    public bool IsBroken() => !held;
}
