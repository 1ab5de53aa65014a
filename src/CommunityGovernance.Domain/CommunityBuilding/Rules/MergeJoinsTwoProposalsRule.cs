using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.MergeJoinsTwoProposals"/>.</summary>
internal sealed class MergeJoinsTwoProposalsRule(ProposalId proposal, ProposalId into) : IDomainRule
{
    public string Name => CommunityBuildingRules.MergeJoinsTwoProposals;

    public string Message => $"Proposal '{proposal}' cannot be merged into itself.";

    public bool IsBroken() => proposal == into;
}
