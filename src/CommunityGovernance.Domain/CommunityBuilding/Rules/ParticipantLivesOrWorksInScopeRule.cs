using CommunityGovernance.Actors;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.ParticipantLivesOrWorksInScope"/>: eligibility is by where one lives or works, never by household registration.</summary>
internal sealed class ParticipantLivesOrWorksInScopeRule(ActorId actor, LocalTie tie, ProcessScope scope, IReadOnlyCollection<BuildingId> buildings) : IDomainRule
{
    public string Name => CommunityBuildingRules.ParticipantLivesOrWorksInScope;

    public string Message => $"Actor '{actor}' {(tie.Kind == TieKind.Residence ? "lives" : "works")} outside {scope}; only those who live or work in the unit take part.";

    public bool IsBroken() => !tie.LiesIn(scope, buildings);
}
