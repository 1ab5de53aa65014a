using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

internal sealed class DemandTransitionIsLegal(DemandStatus status, DemandStepKind step) : IDomainRule
{
    public string Name => DemandRules.TransitionIsLegal;

    public string Message => $"A {status} demand cannot take the step {step}.";

    public bool IsBroken() => !DemandLifecycle.Allows(status, step);
}

internal sealed class DemandRoutedToResponsibleActor(Actor assignee, DemandCategory category, CommunityUnit subject) : IDomainRule
{
    public string Name => DemandRules.RoutedToResponsibleActor;

    public string Message => $"Actor {assignee.Id} is not responsible for {category} demands about {subject}.";

    public bool IsBroken() => !assignee.IsResponsibleFor(category, subject);
}

internal sealed class DemandRouteChangesAssignee(ActorId? current, ActorId next) : IDomainRule
{
    public string Name => DemandRules.RouteChangesAssignee;

    public string Message => $"The demand is already routed to {next}.";

    public bool IsBroken() => current == next;
}

internal sealed class DemandActsAsAssignee(ActorId? assignee, ActorId actor) : IDomainRule
{
    public string Name => DemandRules.ActsAsAssignee;

    public string Message => $"Only the assignee {assignee} may do this, not {actor}.";

    public bool IsBroken() => assignee != actor;
}

internal sealed class DemandActsAsRaiser(ActorId raiser, ActorId actor) : IDomainRule
{
    public string Name => DemandRules.ActsAsRaiser;

    public string Message => $"Only the raiser {raiser} may do this, not {actor}.";

    public bool IsBroken() => raiser != actor;
}

internal sealed class DemandStepsAreChronological(Instant last, Instant at) : IDomainRule
{
    public string Name => DemandRules.StepsAreChronological;

    public string Message => $"A step at {at} cannot follow a step at {last}.";

    public bool IsBroken() => at < last;
}
