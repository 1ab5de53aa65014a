using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>See <see cref="CommunityRules.OwnershipTransferChangesOwner"/>.</summary>
internal sealed class OwnershipTransferChangesOwnerRule(ExclusiveUnitId unit, bool sameOwner) : IDomainRule
{
    public string Name => CommunityRules.OwnershipTransferChangesOwner;

    public string Message => $"The exclusive unit '{unit}' is transferred to the owner who already holds it.";

    public bool IsBroken() => sameOwner;
}
