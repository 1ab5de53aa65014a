using System.Collections.Concurrent;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage;

/// <summary>
/// A thread-safe <see cref="IEventStore"/> in memory, for tests, samples and single-process tools. Every event is
/// kept in its stored JSON form and read back through the serializer, so a stream read here behaves as one read
/// from a real store would (schema versions, validation on read).
/// </summary>
public sealed class InMemoryEventStore : IEventStore
{
    private readonly ConcurrentDictionary<string, List<StoredEvent>> _streams = new(StringComparer.Ordinal);
    private readonly DomainEventSerializer _serializer;

    /// <summary>Creates an empty store.</summary>
    /// <param name="serializer">The serializer for stored events; by default one for this library's events.</param>
    public InMemoryEventStore(DomainEventSerializer? serializer = null) => _serializer = serializer ?? new DomainEventSerializer();

    /// <inheritdoc />
    public IReadOnlyList<DomainEvent> Read(string stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!_streams.TryGetValue(stream, out var stored))
        {
            return [];
        }

        StoredEvent[] copy;
        lock (stored)
        {
            copy = [.. stored];
        }

        return Array.ConvertAll(copy, _serializer.Deserialize);
    }

    /// <summary>The stored form of a stream, as it would sit in a database.</summary>
    /// <param name="stream">The stream's name.</param>
    /// <returns>The stored events in order.</returns>
    public IReadOnlyList<StoredEvent> ReadStored(string stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!_streams.TryGetValue(stream, out var stored))
        {
            return [];
        }

        lock (stored)
        {
            return [.. stored];
        }
    }

    /// <inheritdoc />
    public long Append(string stream, long expectedVersion, IReadOnlyList<DomainEvent> events)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(events);
        var serialized = events.Select(_serializer.Serialize).ToArray();
        var stored = _streams.GetOrAdd(stream, _ => []);
        lock (stored)
        {
            if (stored.Count != expectedVersion)
            {
                throw new ConcurrencyConflictException(stream, expectedVersion, stored.Count);
            }

            stored.AddRange(serialized);
            return stored.Count;
        }
    }

    /// <summary>
    /// Erases the personal data of every event in a stream, in place: the one rewrite an append-only store allows.
    /// The stream keeps its length, so versions stay valid.
    /// </summary>
    /// <param name="stream">The stream's name.</param>
    /// <param name="eraser">The eraser.</param>
    public void ErasePersonalData(string stream, PersonalDataEraser eraser)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(eraser);
        if (!_streams.TryGetValue(stream, out var stored))
        {
            return;
        }

        lock (stored)
        {
            var erased = stored.ConvertAll(eraser.Erase);
            stored.Clear();
            stored.AddRange(erased);
        }
    }
}
