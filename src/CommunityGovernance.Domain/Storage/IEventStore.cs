using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage;

/// <summary>
/// An append-only store of event streams for one tenant, with optimistic concurrency and a global feed: each
/// aggregate is one stream, an append names the version it was made against, and every stored event has a
/// position in commit order.
/// </summary>
/// <remarks>
/// <para>
/// Every store of this library (in memory, SQLite, PostgreSQL through Marten) passes the contract suite shipped in
/// <c>CommunityGovernance.Testing</c> (<c>EventStoreContract</c>); run it against a store of your own.
/// </para>
/// <para>
/// Faults: a database that is down, a timeout or a cancellation surfaces as an exception with its cause and leaves
/// nothing half-written: an append is stored whole or not at all. A stored event that cannot be read raises
/// <see cref="StoredEventUnreadableException"/>, never a silent skip.
/// </para>
/// </remarks>
public interface IEventStore
{
    /// <summary>The tenant whose streams this store reads and writes.</summary>
    TenantId Tenant { get; }

    /// <summary>Reads a stream from its start.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events in the order they were appended; empty for a stream never written.</returns>
    /// <exception cref="StoredEventUnreadableException">A stored event cannot be read.</exception>
    Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(StreamName stream, CancellationToken cancellationToken = default);

    /// <summary>Appends events, all or none, if the stream is still at <paramref name="expectedVersion"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="expectedVersion">The number of events the writer had read (0 for a new stream).</param>
    /// <param name="events">The events to append, in order; at least one.</param>
    /// <param name="cancellationToken">Cancels the append; a cancelled append stores nothing.</param>
    /// <returns>The stream's new version and the last event's feed position.</returns>
    /// <exception cref="ConcurrencyConflictException">The stream has moved on; nothing was appended.</exception>
    /// <exception cref="DomainRuleViolationException">No events, or the stream name is empty.</exception>
    Task<AppendResult> AppendAsync(StreamName stream, long expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Reads the tenant's feed: events after <paramref name="afterPosition"/>, in position order.</summary>
    /// <param name="afterPosition">The last position already seen; 0 to read from the start.</param>
    /// <param name="maxCount">The most events to return (a batch).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Up to <paramref name="maxCount"/> events; fewer (possibly none) when the reader has caught up.</returns>
    /// <exception cref="StoredEventUnreadableException">A stored event cannot be read.</exception>
    Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Lists the tenant's streams of one aggregate kind.</summary>
    /// <param name="kind">The kind, as <see cref="IEventSourced{TSelf}.StreamKind"/> gives it.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The streams, ordered by key (ordinal).</returns>
    IAsyncEnumerable<StreamName> ListStreamsAsync(string kind, CancellationToken cancellationToken = default);
}
