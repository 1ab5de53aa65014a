using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage;

/// <summary>
/// An append-only store of event streams with optimistic concurrency: each aggregate is one stream, and an append
/// names the version it was made against.
/// </summary>
public interface IEventStore
{
    /// <summary>Reads a stream from its start.</summary>
    /// <param name="stream">The stream's name.</param>
    /// <returns>The events in the order they were appended; empty for a stream never written.</returns>
    IReadOnlyList<DomainEvent> Read(string stream);

    /// <summary>Appends events if the stream is still at <paramref name="expectedVersion"/>.</summary>
    /// <param name="stream">The stream's name.</param>
    /// <param name="expectedVersion">The number of events the writer had read (0 for a new stream).</param>
    /// <param name="events">The events to append, in order.</param>
    /// <returns>The stream's new version.</returns>
    /// <exception cref="ConcurrencyConflictException">The stream has moved on; nothing was appended.</exception>
    long Append(string stream, long expectedVersion, IReadOnlyList<DomainEvent> events);
}
