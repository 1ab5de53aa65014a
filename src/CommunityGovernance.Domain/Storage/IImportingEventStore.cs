using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage;

/// <summary>
/// An <see cref="IEventStore"/> that also writes many new streams in one go: the first load of a district's or a
/// city's existing records, or a move from another store. Cheaper than an append per stream, since the store may
/// write the whole import with its database's bulk path (a prepared insert in one transaction on SQLite, binary
/// <c>COPY</c> through Marten on PostgreSQL).
/// </summary>
/// <remarks>
/// <para>
/// An import is one unit: every stream is stored, or none is. It only creates streams: a stream that already holds
/// an event refuses the whole import with <see cref="ConcurrencyConflictException"/> (expected version 0). Its events
/// take feed positions after every event already in the feed, in the order given (stream by stream, each stream's
/// events in order), and the feed keeps its guarantee: a reader that has seen a position never later finds a committed
/// event before it.
/// </para>
/// <para>
/// Every store of this library implements it, and passes the import cases of <c>EventStoreContract</c>
/// (<c>ImportCaseNames</c>) in <c>CommunityGovernance.Testing</c>.
/// </para>
/// </remarks>
public interface IImportingEventStore : IEventStore
{
    /// <summary>Creates every stream given, with its events, all or none.</summary>
    /// <param name="streams">The new streams, each named once, each with 1 to <see cref="EventStoreGuards.MaxAppendCount"/> events.</param>
    /// <param name="cancellationToken">Cancels the import; a cancelled import stores nothing.</param>
    /// <returns>How many streams and events were stored, and the feed positions of the first and last.</returns>
    /// <exception cref="ConcurrencyConflictException">A stream already exists (the first found is named); nothing was stored.</exception>
    /// <exception cref="DomainRuleViolationException">
    /// A stream is named twice or not at all, or has no events, too many or a null one
    /// (<see cref="StorageRules.ImportIsWellFormed"/>, <see cref="StorageRules.AppendIsWellFormed"/>,
    /// <see cref="StorageRules.StreamNameIsWellFormed"/>); nothing was stored.
    /// </exception>
    Task<ImportResult> ImportAsync(IReadOnlyList<NewStream> streams, CancellationToken cancellationToken = default);
}

/// <summary>A stream to create by <see cref="IImportingEventStore.ImportAsync"/>: its name and its events in order.</summary>
/// <param name="Stream">The stream's name, taken from the aggregate or its id.</param>
/// <param name="Events">Its events, from the first.</param>
public readonly record struct NewStream(StreamName Stream, IReadOnlyList<DomainEvent> Events);

/// <summary>What an import stored.</summary>
/// <param name="Streams">How many streams it created.</param>
/// <param name="Events">How many events it stored.</param>
/// <param name="FirstPosition">The feed position of its first event; 0 for an empty import.</param>
/// <param name="LastPosition">The feed position of its last event; 0 for an empty import.</param>
public readonly record struct ImportResult(int Streams, long Events, long FirstPosition, long LastPosition);
