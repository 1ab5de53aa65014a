using System.Runtime.CompilerServices;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage;

/// <summary>Saving and loading aggregates through any <see cref="IEventStore"/>, and reading its feed to the end.</summary>
public static class EventStoreExtensions
{
    /// <summary>The batch size <see cref="ReadFeedAsync"/> reads with unless told otherwise.</summary>
    public const int DefaultBatchSize = 512;

    /// <summary>
    /// Appends <paramref name="aggregate"/>'s pending events to its stream, expecting the stream to be at the version
    /// the aggregate was loaded at, and forgets them once stored.
    /// </summary>
    /// <typeparam name="TAggregate">The aggregate type.</typeparam>
    /// <param name="store">The store.</param>
    /// <param name="aggregate">The aggregate with pending events.</param>
    /// <param name="cancellationToken">Cancels the save; the aggregate then keeps its pending events.</param>
    /// <returns>The stream's new version and feed position; for an aggregate with nothing pending, its version and 0.</returns>
    /// <exception cref="ConcurrencyConflictException">Someone else saved first; the aggregate keeps its pending events.</exception>
    public static async Task<AppendResult> SaveAsync<TAggregate>(this IEventStore store, TAggregate aggregate, CancellationToken cancellationToken = default)
        where TAggregate : AggregateRoot, IEventSourced<TAggregate>
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(aggregate);
        if (aggregate.TakenUnsavedEvents != 0)
        {
            var taken = aggregate.Version - aggregate.PendingEvents.Count;
            throw new DomainRuleViolationException(
                KernelRules.TakenEventsAreSaved,
                $"Stream '{aggregate.Stream}' cannot be saved: {aggregate.TakenUnsavedEvents} of its events (up to version {taken}) were taken with DequeuePendingEvents() and never saved, " +
                "so the store would miss them. Read PendingEvents to feed a read model before saving, or save first and read the store's feed; nothing was appended.");
        }

        var pending = aggregate.PendingEvents;
        if (pending.Count == 0)
        {
            return new AppendResult(aggregate.Version, 0);
        }

        var result = await store.AppendAsync(aggregate.Stream, aggregate.Version - pending.Count, [.. pending], cancellationToken).ConfigureAwait(false);
        aggregate.MarkPendingEventsSaved();
        return result;
    }

    /// <summary>
    /// Stores the new aggregates of <paramref name="import"/> through <see cref="IImportingEventStore.ImportAsync"/>, all
    /// or none, and forgets their pending events once stored.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="import">The aggregates, added in the order their streams are to be stored.</param>
    /// <param name="cancellationToken">Cancels the import; the aggregates then keep their pending events.</param>
    /// <returns>What the import stored.</returns>
    /// <exception cref="DomainRuleViolationException">Two aggregates share a stream (<see cref="StorageRules.ImportIsWellFormed"/>); nothing was stored.</exception>
    /// <exception cref="ConcurrencyConflictException">An aggregate's stream already exists; nothing was stored.</exception>
    public static async Task<ImportResult> ImportAsync(this IImportingEventStore store, AggregateImport import, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(import);
        var result = await store.ImportAsync(import.Streams, cancellationToken).ConfigureAwait(false);
        import.MarkSaved();
        return result;
    }

    /// <summary>Loads an aggregate from its stream.</summary>
    /// <typeparam name="TAggregate">The aggregate type, inferred from the stream's name.</typeparam>
    /// <param name="store">The store.</param>
    /// <param name="stream">The aggregate's stream, e.g. <c>Demand.StreamOf(id)</c>.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The aggregate at the stream's version, or <see langword="null"/> for a stream never written.</returns>
    /// <exception cref="StoredEventUnreadableException">A stored event cannot be read.</exception>
    public static async Task<TAggregate?> LoadAsync<TAggregate>(this IEventStore store, StreamName<TAggregate> stream, CancellationToken cancellationToken = default)
        where TAggregate : AggregateRoot, IEventSourced<TAggregate>
    {
        ArgumentNullException.ThrowIfNull(store);
        var recorded = await store.ReadStreamAsync(stream, cancellationToken).ConfigureAwait(false);
        return recorded.Count == 0 ? null : TAggregate.FromHistory(recorded.Select(r => r.Event));
    }

    /// <summary>Lists the tenant's streams of aggregates of type <typeparamref name="TAggregate"/>.</summary>
    /// <typeparam name="TAggregate">The aggregate type.</typeparam>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The streams, ordered by key.</returns>
    public static async IAsyncEnumerable<StreamName<TAggregate>> ListStreamsAsync<TAggregate>(this IEventStore store, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TAggregate : AggregateRoot, IEventSourced<TAggregate>
    {
        ArgumentNullException.ThrowIfNull(store);
        await foreach (var name in store.ListStreamsAsync(TAggregate.StreamKind, cancellationToken).ConfigureAwait(false))
        {
            yield return new StreamName<TAggregate>(name);
        }
    }

    /// <summary>Loads every aggregate of type <typeparamref name="TAggregate"/> in the tenant, in key order.</summary>
    /// <typeparam name="TAggregate">The aggregate type.</typeparam>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The aggregates.</returns>
    /// <exception cref="StoredEventUnreadableException">A stored event cannot be read.</exception>
    public static async IAsyncEnumerable<TAggregate> LoadAllAsync<TAggregate>(this IEventStore store, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TAggregate : AggregateRoot, IEventSourced<TAggregate>
    {
        await foreach (var stream in store.ListStreamsAsync<TAggregate>(cancellationToken).ConfigureAwait(false))
        {
            var aggregate = await store.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
            if (aggregate is not null)
            {
                yield return aggregate;
            }
        }
    }

    /// <summary>Reads the feed after <paramref name="afterPosition"/> to its current end, batch by batch.</summary>
    /// <param name="store">The store.</param>
    /// <param name="afterPosition">The last position already seen; 0 for the start.</param>
    /// <param name="batchSize">How many events to read at a time.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events in position order.</returns>
    /// <exception cref="StoredEventUnreadableException">A stored event cannot be read.</exception>
    public static async IAsyncEnumerable<RecordedEvent> ReadFeedAsync(this IEventStore store, long afterPosition = 0, int batchSize = DefaultBatchSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        while (true)
        {
            var batch = await store.ReadAllAsync(afterPosition, batchSize, cancellationToken).ConfigureAwait(false);
            foreach (var recorded in batch)
            {
                yield return recorded;
            }

            if (batch.Count < batchSize)
            {
                yield break;
            }

            afterPosition = batch[^1].Position;
        }
    }
}
