using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.ProjectParticipantIsNew"/>.</summary>
internal sealed class ProjectParticipantIsNewRule(ProposalId proposal, ActorId actor, bool takesPart) : IDomainRule
{
    public string Name => CommunityBuildingRules.ProjectParticipantIsNew;

    public string Message => $"Actor '{actor}' already takes a part in project '{proposal}'.";

    public bool IsBroken() => takesPart;
}
