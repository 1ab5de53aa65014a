using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Communities;
using NodaTime;

namespace CommunityGovernance.Testing.Demands;

/// <summary>
/// A generated demand with its cast of actors and a sequence of commands to try on it: the raiser, the street
/// office that accepts and routes, actors responsible for the demand, and a stranger who is not.
/// </summary>
/// <param name="Id">The demand's id.</param>
/// <param name="Raiser">The raiser.</param>
/// <param name="Acceptor">The accepting and routing street office.</param>
/// <param name="Responsible">Actors whose responsibilities cover the demand (at least one).</param>
/// <param name="Stranger">An actor whose responsibilities do not cover it.</param>
/// <param name="Subject">The unit the demand is about.</param>
/// <param name="Category">Its category.</param>
/// <param name="RaisedAt">When it is raised.</param>
/// <param name="Commands">The commands to try, in order.</param>
public sealed record DemandScenario(
    DemandId Id,
    Actor Raiser,
    Actor Acceptor,
    IReadOnlyList<Actor> Responsible,
    Actor Stranger,
    CommunityUnit Subject,
    DemandCategory Category,
    Instant RaisedAt,
    IReadOnlyList<DemandCommand> Commands)
{
    /// <summary>Raises the scenario's demand under the default deadlines, with a directory that knows its raiser and subject.</summary>
    /// <returns>The new demand.</returns>
    public Demand Raise() => Demand.Raise(
        Id, Raiser.Id, Subject, new ServiceDefinition(new ServiceCode("GEN"), "generated", "generated", Category, []), $"A generated {Category} demand.",
        new DemandIntake(IntakeChannel.Hotline12345, DemandUrgency.Routine), DemandDeadlines.Default, StageTimeLimits.Default,
        new FixedCommunityDirectory(RaisedAt).Establish(Subject).Register(Raiser.Id), RaisedAt);

    /// <summary>Tries one command on the demand.</summary>
    /// <param name="demand">The demand, raised by <see cref="Raise"/>.</param>
    /// <param name="command">The command.</param>
    /// <exception cref="DomainRuleViolationException">The demand refused the command.</exception>
    public void Apply(Demand demand, DemandCommand command)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(command);
        var at = demand.Steps[^1].At + command.Advance;
        command = command.TakenFrom(demand.Status);
        var actor = Resolve(demand, command);
        var routes = command.Kind == DemandStepKind.Route;
        command.TakeOn(demand, routes ? Acceptor.Id : actor.Id, routes ? actor : null, at);
    }

    /// <summary>Raises the demand and tries every command, skipping those the demand refuses.</summary>
    /// <returns>The demand, with every accepted step's event pending.</returns>
    public Demand Run()
    {
        var demand = Raise();
        foreach (var command in Commands)
        {
            try
            {
                Apply(demand, command);
            }
            catch (DomainRuleViolationException)
            {
                // A refused command changes nothing; the scenario goes on with the next.
            }
        }

        return demand;
    }

    private Actor Resolve(Demand demand, DemandCommand command) => command.Role switch
    {
        DemandRole.Raiser => Raiser,
        DemandRole.Acceptor => Acceptor,
        DemandRole.Assignee => All.FirstOrDefault(a => a.Id == demand.Assignee) ?? Acceptor,
        DemandRole.Responsible => Responsible[command.ResponsibleIndex % Responsible.Count],
        _ => Stranger,
    };

    private IEnumerable<Actor> All => Responsible.Append(Acceptor).Append(Stranger).Append(Raiser);
}
