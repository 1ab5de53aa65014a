using CommunityGovernance.Kernel;
using CommunityGovernance.Orleans.Commands;
using CommunityGovernance.Storage;

namespace CommunityGovernance.Orleans.Grains;

/// <summary>
/// One aggregate on the cluster: a grain keyed by its tenant and stream (<see cref="AggregateGrainKey"/>), one per
/// stream, that runs the commands sent to it one at a time against the aggregate it keeps in memory while active.
/// </summary>
/// <typeparam name="TAggregate">The aggregate type: one grain type per aggregate kind.</typeparam>
/// <remarks>
/// Get one with <c>grains.GetAggregate(tenant, Demand.StreamOf(id))</c>. A refused command throws the same domain
/// exception as in one process (<see cref="DomainRuleViolationException"/> with its rule,
/// <see cref="ConcurrencyConflictException"/> with the stream and versions); the aggregate's events are stored before
/// the call returns.
/// </remarks>
[Alias("cg.IAggregateGrain`1")]
public interface IAggregateGrain<TAggregate> : IGrainWithStringKey
    where TAggregate : AggregateRoot, IEventSourced<TAggregate>
{
    /// <summary>Runs a command on the aggregate as stored and appends its events.</summary>
    /// <param name="command">The command.</param>
    /// <returns>What the command did.</returns>
    /// <exception cref="DomainRuleViolationException">The aggregate refused the command; nothing was stored.</exception>
    /// <exception cref="ConcurrencyConflictException">Other writers kept moving the stream; nothing was stored.</exception>
    [Alias("execute")]
    Task<CommandOutcome> ExecuteAsync(IAggregateCommand<TAggregate> command);

    /// <summary>
    /// Runs a command only if the aggregate is at <paramref name="expectedVersion"/>: a caller that retries a command
    /// whose acknowledgement it lost (a silo died) sends the version it first saw, so the command is never applied twice.
    /// </summary>
    /// <param name="command">The command.</param>
    /// <param name="expectedVersion">The stream's version the caller saw (0 for a new stream).</param>
    /// <returns>What the command did.</returns>
    /// <exception cref="DomainRuleViolationException">The aggregate refused the command; nothing was stored.</exception>
    /// <exception cref="ConcurrencyConflictException">The stream is not at <paramref name="expectedVersion"/>; nothing was stored.</exception>
    [Alias("execute-at")]
    Task<CommandOutcome> ExecuteAtAsync(IAggregateCommand<TAggregate> command, long expectedVersion);

    /// <summary>The aggregate's version as the grain knows it (loaded if it was not in memory); 0 for a stream never written.</summary>
    /// <returns>The version.</returns>
    [Alias("version")]
    Task<long> GetVersionAsync();
}
