using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage;

/// <summary>Saving an aggregate's pending events against the version it was loaded at.</summary>
public static class EventStoreExtensions
{
    /// <summary>
    /// Appends <paramref name="aggregate"/>'s pending events to <paramref name="stream"/>, expecting the stream to be
    /// at the version the aggregate was loaded at, and forgets them once stored.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="stream">The aggregate's stream.</param>
    /// <param name="aggregate">The aggregate with pending events.</param>
    /// <returns>The stream's new version.</returns>
    /// <exception cref="ConcurrencyConflictException">Someone else saved first; the aggregate keeps its pending events.</exception>
    public static long Save(this IEventStore store, string stream, AggregateRoot aggregate)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(aggregate);
        var pending = aggregate.PendingEvents;
        var version = store.Append(stream, aggregate.Version - pending.Count, pending);
        aggregate.DequeuePendingEvents();
        return version;
    }
}
