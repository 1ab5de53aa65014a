using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Actors;

internal sealed class OnlyResidentsResideRule(ActorKind kind) : IDomainRule
{
    public string Name => ActorRules.OnlyResidentsReside;

    public string Message => $"A {kind} has no residence; only residents do.";

    public bool IsBroken() => kind != ActorKind.Resident;
}
