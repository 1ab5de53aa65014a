using CommunityGovernance.Kernel;

namespace CommunityGovernance.Testing.Reliability;

/// <summary>
/// The events one live aggregate raised, the snapshot it ended with, and how to rebuild that snapshot from
/// events: what reliability properties (serialization round trips, erasure, redaction) need of any aggregate,
/// without knowing which one it is.
/// </summary>
/// <param name="Aggregate">The aggregate's type name, e.g. <c>Demand</c>.</param>
/// <param name="Events">Every event the aggregate raised, in order.</param>
/// <param name="Snapshot">The live aggregate's snapshot after the events.</param>
/// <param name="Rebuild">Rebuilds the aggregate from events (its <c>FromHistory</c>) and returns its snapshot.</param>
public sealed record AggregateHistory(
    string Aggregate,
    IReadOnlyList<DomainEvent> Events,
    object Snapshot,
    Func<IEnumerable<DomainEvent>, object> Rebuild)
{
    /// <summary>Describes the history briefly, for a property's counterexample.</summary>
    /// <returns>The aggregate's name and its events (personal data redacted by <see cref="DomainEvent.ToString"/>).</returns>
    public override string ToString() => $"{Aggregate}: [{string.Join(", ", Events)}]";

    /// <summary>Creates a history from a live aggregate.</summary>
    /// <typeparam name="TAggregate">The aggregate's type.</typeparam>
    /// <param name="aggregate">The aggregate, with every event it raised still pending.</param>
    /// <param name="snapshot">Its snapshot.</param>
    /// <param name="fromHistory">Its <c>FromHistory</c>.</param>
    /// <returns>The history.</returns>
    public static AggregateHistory Of<TAggregate>(TAggregate aggregate, Func<TAggregate, object> snapshot, Func<IEnumerable<DomainEvent>, TAggregate> fromHistory)
        where TAggregate : AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(fromHistory);
        return new(typeof(TAggregate).Name, [.. aggregate.PendingEvents], snapshot(aggregate), events => snapshot(fromHistory(events)));
    }
}
