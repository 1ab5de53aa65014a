using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>See <see cref="CommunityRules.TaskIsSetByAdministrativeActor"/>.</summary>
internal readonly struct TaskIsSetByAdministrativeActorRule(Actor issuer) : IDomainRule
{
    public string Name => CommunityRules.TaskIsSetByAdministrativeActor;

    public string Message => $"Actor '{issuer.Id}' is a {issuer.Kind}, on the {issuer.Side} side: only a department (条) or the street office (块) sets work on a residents' committee.";

    public bool IsBroken() => issuer.Side != ActorSide.Administrative;
}
