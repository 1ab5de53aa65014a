using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;

namespace CommunityGovernance.Orleans.Commands;

/// <summary>
/// A command to one aggregate, sent as a value to the aggregate's grain and run there against the aggregate the grain
/// holds: the same object runs in one process (<see cref="AggregateCommands.ExecuteAsync"/>) and on a cluster.
/// </summary>
/// <typeparam name="TAggregate">The aggregate the command is for.</typeparam>
/// <remarks>
/// <para>
/// A command is data: a record of ids, instants and values, written to the wire as JSON (the library's value objects
/// carry their own converters; NodaTime types are configured). It never holds an aggregate, a delegate or a service.
/// What it needs of other aggregates (an assignee's responsibilities, coverage, rights) it reads in
/// <see cref="ExecuteAsync"/> from the <see cref="AggregateCommandContext"/>: the read models of the silo it runs on, or
/// another aggregate loaded read-only from the store, exactly as it would in one process.
/// </para>
/// <para>
/// Time is part of the command (an <c>Instant</c> it carries), never the silo's clock: the same command gives the same
/// events wherever it runs. Register the command types with <c>AddCommunityGovernanceCommands</c> on the silos and
/// the clients (the silo and client set-ups of this package do it for types in the assemblies they are given).
/// </para>
/// </remarks>
public interface IAggregateCommand<TAggregate>
    where TAggregate : AggregateRoot, IEventSourced<TAggregate>
{
    /// <summary>Runs the command against the aggregate's current state.</summary>
    /// <param name="current">The aggregate as stored, or <see langword="null"/> when its stream was never written.</param>
    /// <param name="context">Where the command reads other aggregates' facts.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>
    /// The aggregate with the command's events pending: <paramref name="current"/> itself, or a new aggregate when
    /// the command creates it (its stream must be the one the command was sent to).
    /// </returns>
    /// <exception cref="DomainRuleViolationException">The aggregate refused the command; nothing is stored.</exception>
    ValueTask<TAggregate> ExecuteAsync(TAggregate? current, AggregateCommandContext context, CancellationToken cancellationToken);
}
