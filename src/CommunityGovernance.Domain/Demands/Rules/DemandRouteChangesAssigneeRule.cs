using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

internal sealed class DemandRouteChangesAssigneeRule(ActorId? current, ActorId next) : IDomainRule
{
    public string Name => DemandRules.RouteChangesAssignee;

    public string Message => $"The demand is already routed to {next}.";

    public bool IsBroken() => current == next;
}
