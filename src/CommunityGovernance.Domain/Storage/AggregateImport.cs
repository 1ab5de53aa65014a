using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage;

/// <summary>
/// New aggregates of any types, gathered for one <see cref="IImportingEventStore.ImportAsync"/>: each becomes a new
/// stream of its pending events, in the order added. Store it with
/// <see cref="EventStoreExtensions.ImportAsync(IImportingEventStore, AggregateImport, CancellationToken)"/>, which
/// forgets the aggregates' pending events once stored.
/// </summary>
/// <remarks>Mutable and not thread-safe; fill it on one thread, then import it once.</remarks>
public sealed class AggregateImport
{
    private readonly List<NewStream> _streams = [];
    private readonly List<AggregateRoot> _aggregates = [];

    /// <summary>The new streams, in the order added.</summary>
    public IReadOnlyList<NewStream> Streams => _streams;

    /// <summary>How many events the import holds.</summary>
    public long Events { get; private set; }

    /// <summary>Adds a new aggregate.</summary>
    /// <typeparam name="TAggregate">The aggregate's type.</typeparam>
    /// <param name="aggregate">An aggregate never saved: its pending events are all its events.</param>
    /// <returns>This import.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// The aggregate was loaded or saved before (<see cref="StorageRules.ImportIsWellFormed"/>), or some of its events were
    /// taken unsaved (<see cref="KernelRules.TakenEventsAreSaved"/>); it was not added.
    /// </exception>
    public AggregateImport Add<TAggregate>(TAggregate aggregate)
        where TAggregate : AggregateRoot, IEventSourced<TAggregate>
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        if (aggregate.TakenUnsavedEvents != 0)
        {
            throw new DomainRuleViolationException(
                KernelRules.TakenEventsAreSaved,
                $"Stream '{aggregate.Stream}' cannot be imported: {aggregate.TakenUnsavedEvents} of its events were taken with DequeuePendingEvents() and never saved.");
        }

        if (aggregate.PendingEvents.Count == 0 || aggregate.Version != aggregate.PendingEvents.Count)
        {
            throw new DomainRuleViolationException(
                StorageRules.ImportIsWellFormed,
                $"Stream '{aggregate.Stream}' cannot be imported: an import creates new aggregates, and this one was loaded or saved before (version {aggregate.Version}, {aggregate.PendingEvents.Count} pending); save it instead.");
        }

        _streams.Add(new NewStream(aggregate.Stream, [.. aggregate.PendingEvents]));
        _aggregates.Add(aggregate);
        Events += aggregate.PendingEvents.Count;
        return this;
    }

    /// <summary>Adds new aggregates of one type, in order.</summary>
    /// <typeparam name="TAggregate">The aggregates' type.</typeparam>
    /// <param name="aggregates">Aggregates never saved.</param>
    /// <returns>This import.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// An aggregate was loaded or saved before (<see cref="StorageRules.ImportIsWellFormed"/>), or some of its events were
    /// taken unsaved (<see cref="KernelRules.TakenEventsAreSaved"/>); the ones before it were added, it and the rest not.
    /// </exception>
    public AggregateImport AddRange<TAggregate>(IEnumerable<TAggregate> aggregates)
        where TAggregate : AggregateRoot, IEventSourced<TAggregate>
    {
        ArgumentNullException.ThrowIfNull(aggregates);
        foreach (var aggregate in aggregates)
        {
            Add(aggregate);
        }

        return this;
    }

    internal void MarkSaved()
    {
        foreach (var aggregate in _aggregates)
        {
            aggregate.MarkPendingEventsSaved();
        }
    }
}
