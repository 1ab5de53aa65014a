using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.SpendingFitsAllocation"/>: no spending beyond the allocation.</summary>
internal sealed class SpendingFitsAllocationRule(ProposalId proposal, Money amount, Money spent, Money allocation) : IDomainRule
{
    public string Name => CommunityBuildingRules.SpendingFitsAllocation;

    public string Message => $"Project '{proposal}' has spent {spent} of its allocation of {allocation}; {amount} more does not fit (and a payment is more than zero).";

    public bool IsBroken() => amount == Money.Zero || amount.Fen > allocation.Fen - spent.Fen;
}
