using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

internal sealed class DemandActsAsAssigneeRule(ActorId? assignee, ActorId actor) : IDomainRule
{
    public string Name => DemandRules.ActsAsAssignee;

    public string Message => $"Only the assignee {assignee} may do this, not {actor}.";

    public bool IsBroken() => assignee != actor;
}
