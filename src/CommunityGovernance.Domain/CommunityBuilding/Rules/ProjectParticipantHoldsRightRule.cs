using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.ProjectParticipantHoldsRight"/>: every participant of a project holds the right its part uses.</summary>
internal sealed class ProjectParticipantHoldsRightRule(ActorId actor, GovernancePower power, GovernancePowers held, CommunityUnit unit) : IDomainRule
{
    public string Name => CommunityBuildingRules.ProjectParticipantHoldsRight;

    public string Message => $"Actor '{actor}' holds no right with the power of {power} over {unit}; in co-construction every participant uses a right it holds (共建共享).";

    public bool IsBroken() => !held.Contains(power);
}
