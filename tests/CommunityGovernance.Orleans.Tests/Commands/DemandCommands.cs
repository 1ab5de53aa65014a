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
            throw new Kernel.DomainRuleViolationException(ClusterRules.AggregateIsCreatedOnce, $"Demand {Id} has already been raised.");
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
        var step = Step.TakenFrom(demand.Status);
        var actor = Resolve(demand, step);
        var routes = step.Kind == DemandStepKind.Route;
        var routedTo = routes ? await context.LoadAsync(Actor.StreamOf(actor), cancellationToken) : null;
        step.TakeOn(demand, routes ? Acceptor : actor, routedTo, at);
        return demand;
    }

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
