using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.ProjectCostFitsTheBudget"/>: no project beyond the budget.</summary>
internal sealed class ProjectCostFitsTheBudgetRule(ProposalId proposal, Money cost, Money cap) : IDomainRule
{
    public string Name => CommunityBuildingRules.ProjectCostFitsTheBudget;

    public string Message => $"Proposal '{proposal}' costs {cost}; a project costs more than zero and at most the budget cap of {cap}.";

    public bool IsBroken() => cost == Money.Zero || cost > cap;
}
