using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

internal sealed class DemandActsAsRaiserRule(ActorId raiser, ActorId actor) : IDomainRule
{
    public string Name => DemandRules.ActsAsRaiser;

    public string Message => $"Only the raiser {raiser} may do this, not {actor}.";

    public bool IsBroken() => raiser != actor;
}
