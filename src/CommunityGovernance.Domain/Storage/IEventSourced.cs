using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage;

/// <summary>
/// An aggregate that lives in one event stream, named from its kind and its own id. Every aggregate of this library
/// implements it; a vendor's own aggregate implements it to be saved and loaded through any <see cref="IEventStore"/>.
/// </summary>
/// <typeparam name="TSelf">The aggregate type itself.</typeparam>
public interface IEventSourced<TSelf>
    where TSelf : AggregateRoot, IEventSourced<TSelf>
{
    /// <summary>The stream kind of this aggregate type, e.g. <c>district</c>: stable, because stored streams carry it.</summary>
    static abstract string StreamKind { get; }

    /// <summary>This aggregate's stream, derived from its id.</summary>
    StreamName<TSelf> Stream { get; }

    /// <summary>Rebuilds the aggregate from its stream's events.</summary>
    /// <param name="history">The events, oldest first, starting with the one that created the aggregate.</param>
    /// <returns>The aggregate, with no pending events.</returns>
    static abstract TSelf FromHistory(IEnumerable<DomainEvent> history);
}
