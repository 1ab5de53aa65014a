using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.ProjectIsChosen"/>.</summary>
internal sealed class ProjectIsChosenRule(ProposalId proposal, ProposalStatus status) : IDomainRule
{
    public string Name => CommunityBuildingRules.ProjectIsChosen;

    public string Message => $"Proposal '{proposal}' is {status}; only a project the count chose is carried out.";

    public bool IsBroken() => status is not (ProposalStatus.Chosen or ProposalStatus.Completed);
}
