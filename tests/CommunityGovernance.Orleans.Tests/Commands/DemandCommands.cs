using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Orleans.Commands;
using CommunityGovernance.Testing.Communities;
using CommunityGovernance.Testing.Demands;
using NodaTime;

namespace CommunityGovernance.Orleans.Tests.Commands;

/// <summary>
/// Raises a demand: the command that creates the stream. Like the Testing package's <see cref="DemandScenario.Raise"/>,
/// it names what exists (the raiser and the generated subject) with a fixed directory: the scenarios' units belong to
/// no stored district.
/// </summary>
internal sealed record RaiseDemand(DemandId Id, ActorId Raiser, CommunityUnit Subject, DemandCategory Category, Instant At) : IAggregateCommand<Demand>
{
    public ValueTask<Demand> ExecuteAsync(Demand? current, AggregateCommandContext context, CancellationToken cancellationToken)
    {
        if (current is not null)
        {
            throw new Kernel.DomainRuleViolationException("DemandIsRaisedOnce", $"Demand {Id} has already been raised.");
        }

        return ValueTask.FromResult(Demand.Raise(Id, Raiser, Subject, Category, "generated", $"A generated {Category} demand.", DemandDeadlines.Default, new FixedCommunityDirectory(At).Establish(Subject).Register(Raiser), At));
    }
}

/// <summary>
/// One generated step on a demand (the Testing package's <see cref="DemandCommand"/>), taken exactly as
/// <see cref="DemandScenario.Apply"/> takes it, except that the actors are ids and the one a route needs whole (the
/// assignee, whose responsibilities the demand checks) is loaded read-only from the store: another aggregate's facts.
/// </summary>
internal sealed record TakeDemandStep(ActorId Raiser, ActorId Acceptor, ActorId[] Responsible, ActorId Stranger, DemandCommand Step) : IAggregateCommand<Demand>
{
    public async ValueTask<Demand> ExecuteAsync(Demand? current, AggregateCommandContext context, CancellationToken cancellationToken)
    {
        var demand = current ?? throw new Kernel.DomainRuleViolationException(ClusterRules.AggregateExists, "No demand has been raised here.");
        var at = demand.Steps[^1].At + Step.Advance;
        var step = Step.Onward ? Onward(demand.Status, Step) : Step;
        var actor = Resolve(demand, step);
        switch (step.Kind)
        {
            case DemandStepKind.Accept: demand.Accept(actor, at, "accepted"); break;
            case DemandStepKind.Route: demand.Route(Acceptor, await context.LoadAsync(Actor.StreamOf(actor), cancellationToken), at, "routed"); break;
            case DemandStepKind.StartWork: demand.StartWork(actor, at); break;
            case DemandStepKind.Respond: demand.Respond(actor, "answer", "reasons", at); break;
            case DemandStepKind.ReturnForRework: demand.ReturnForRework(actor, at, "not good enough"); break;
            case DemandStepKind.Close: demand.Close(actor, step.Evaluation, at); break;
            case DemandStepKind.Reject: demand.Reject(actor, "out of scope", at); break;
            case DemandStepKind.Withdraw: demand.Withdraw(actor, at); break;
            case DemandStepKind.Verify or DemandStepKind.FailVerification:
                demand.Verify(actor, VerificationMethod.OnSiteCheck, step.Kind == DemandStepKind.Verify, "checked on site", at);
                break;
            case DemandStepKind.Conclude: demand.Conclude(actor, at, "concluded"); break;
            case DemandStepKind.Escalate:
                demand.Escalate(actor, (DemandStage)((step.ResponsibleIndex % 5) + 1), WorkingCalendar.China, at, "overdue");
                break;
            default: throw new ArgumentOutOfRangeException(nameof(Step), step.Kind, "Not a step a command can take.");
        }

        return demand;
    }

    private static DemandCommand Onward(DemandStatus status, DemandCommand command) => status switch
    {
        DemandStatus.Raised => command with { Kind = DemandStepKind.Accept, Role = DemandRole.Acceptor },
        DemandStatus.Accepted => command with { Kind = DemandStepKind.Route, Role = DemandRole.Responsible },
        DemandStatus.Routed => command with { Kind = DemandStepKind.StartWork, Role = DemandRole.Assignee },
        DemandStatus.InProgress => command with { Kind = DemandStepKind.Respond, Role = DemandRole.Assignee },
        DemandStatus.Verified => command with { Kind = DemandStepKind.Conclude, Role = DemandRole.Acceptor },
        _ => command with { Kind = DemandStepKind.Close, Role = DemandRole.Raiser },
    };

    private ActorId Resolve(Demand demand, DemandCommand command) => command.Role switch
    {
        DemandRole.Raiser => Raiser,
        DemandRole.Acceptor => Acceptor,
        DemandRole.Assignee => All.Contains(demand.Assignee ?? default) ? demand.Assignee!.Value : Acceptor,
        DemandRole.Responsible => Responsible[command.ResponsibleIndex % Responsible.Length],
        _ => Stranger,
    };

    private IEnumerable<ActorId> All => Responsible.Append(Acceptor).Append(Stranger).Append(Raiser);
}
