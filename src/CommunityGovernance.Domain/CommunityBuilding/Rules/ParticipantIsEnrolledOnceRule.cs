using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.ParticipantIsEnrolledOnce"/>.</summary>
internal sealed class ParticipantIsEnrolledOnceRule(ActorId actor, bool enrolled) : IDomainRule
{
    public string Name => CommunityBuildingRules.ParticipantIsEnrolledOnce;

    public string Message => $"Actor '{actor}' is already enrolled in the process.";

    public bool IsBroken() => enrolled;
}
