using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.ProjectHasParticipants"/>.</summary>
internal sealed class ProjectHasParticipantsRule(ProposalId proposal, int participants) : IDomainRule
{
    public string Name => CommunityBuildingRules.ProjectHasParticipants;

    public string Message => $"Project '{proposal}' has no participant; a project is completed by those who carried it out.";

    public bool IsBroken() => participants == 0;
}
