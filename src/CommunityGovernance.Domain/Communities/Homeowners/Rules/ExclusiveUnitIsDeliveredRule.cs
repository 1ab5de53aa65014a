using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>See <see cref="CommunityRules.ExclusiveUnitIsDelivered"/>.</summary>
internal sealed class ExclusiveUnitIsDeliveredRule(ExclusiveUnitId unit, bool delivered) : IDomainRule
{
    public string Name => CommunityRules.ExclusiveUnitIsDelivered;

    public string Message => $"The developer still holds the exclusive unit '{unit}'; it is delivered before it is transferred.";

    public bool IsBroken() => !delivered;
}
