using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Storage;

/// <summary>A domain event as a store recorded it: where it sits in the tenant's feed and in its stream, and when it was stored.</summary>
/// <param name="Position">
/// Its position in the tenant's global feed: positive, increasing in commit order. Positions need not be
/// consecutive, but a reader that has seen position P never later finds a committed event before P.
/// </param>
/// <param name="Stream">The stream it belongs to.</param>
/// <param name="StreamVersion">Its number within the stream: 1 for the first event; the stream's version once it was appended.</param>
/// <param name="StoredAt">When the store committed it (the store's clock, not the event's <see cref="DomainEvent.OccurredAt"/>).</param>
/// <param name="Event">The event.</param>
public sealed record RecordedEvent(long Position, StreamName Stream, long StreamVersion, Instant StoredAt, DomainEvent Event);

/// <summary>What an append did.</summary>
/// <param name="StreamVersion">The stream's version after the append: the number of events it now holds.</param>
/// <param name="LastPosition">The feed position of the last event appended; a reader that has reached it sees the append.</param>
public readonly record struct AppendResult(long StreamVersion, long LastPosition);
