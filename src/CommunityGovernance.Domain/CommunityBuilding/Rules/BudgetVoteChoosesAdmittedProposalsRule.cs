using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.BudgetVoteChoosesAdmittedProposals"/>.</summary>
internal sealed class BudgetVoteChoosesAdmittedProposalsRule(ProposalId proposal, bool admitted) : IDomainRule
{
    public string Name => CommunityBuildingRules.BudgetVoteChoosesAdmittedProposals;

    public string Message => $"Proposal '{proposal}' is not admitted to the vote.";

    public bool IsBroken() => !admitted;
}
