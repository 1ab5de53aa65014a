using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage.Projections;

/// <summary>An aggregate folded from its stream's events as a projection receives them, rebuilt only when it is read after new events.</summary>
/// <typeparam name="TAggregate">The aggregate type.</typeparam>
internal sealed class FoldedAggregate<TAggregate>
    where TAggregate : AggregateRoot, IEventSourced<TAggregate>
{
    private readonly List<DomainEvent> _history = [];
    private TAggregate? _current;

    public TAggregate Current => _current ??= TAggregate.FromHistory(_history);

    public void Add(DomainEvent domainEvent)
    {
        _history.Add(domainEvent);
        _current = null;
    }
}

/// <summary>Every aggregate of one kind, folded from the feed.</summary>
/// <typeparam name="TAggregate">The aggregate type.</typeparam>
internal sealed class FoldedAggregates<TAggregate>
    where TAggregate : AggregateRoot, IEventSourced<TAggregate>
{
    private readonly Dictionary<StreamName, FoldedAggregate<TAggregate>> _streams = [];

    public IEnumerable<TAggregate> All => _streams.Values.Select(f => f.Current);

    /// <summary>Takes the event if it belongs to an aggregate of this kind.</summary>
    public bool TryAdd(RecordedEvent recorded)
    {
        if (recorded.Stream.Kind != TAggregate.StreamKind)
        {
            return false;
        }

        if (!_streams.TryGetValue(recorded.Stream, out var folded))
        {
            _streams.Add(recorded.Stream, folded = new FoldedAggregate<TAggregate>());
        }

        folded.Add(recorded.Event);
        return true;
    }
}
