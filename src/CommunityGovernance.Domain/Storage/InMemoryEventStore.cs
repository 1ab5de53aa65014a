using System.Runtime.CompilerServices;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage.PersonalData;
using NodaTime;

namespace CommunityGovernance.Storage;

/// <summary>
/// A thread-safe <see cref="IEventStore"/> in memory, for tests, samples and single-process tools. Every event is
/// kept in its stored JSON form and read back through the serializer, so a stream read here behaves as one read
/// from a real store would (schema versions, validation on read, encrypted personal data).
/// </summary>
/// <remarks>
/// One lock orders every append, so feed positions follow commit order with no gaps. Tenants opened with
/// <see cref="ForTenant"/> share the memory and the positions, and never see each other's streams.
/// </remarks>
public sealed class InMemoryEventStore : IImportingEventStore
{
    private readonly Memory _memory;
    private readonly DomainEventSerializer _serializer;
    private readonly IClock _clock;

    /// <summary>Creates an empty store for the default tenant.</summary>
    /// <param name="serializer">The serializer; by default one that encrypts personal data under keys kept in memory.</param>
    /// <param name="clock">The clock that stamps stored events; by default the system clock.</param>
    public InMemoryEventStore(DomainEventSerializer? serializer = null, IClock? clock = null)
        : this(new Memory(), serializer ?? new DomainEventSerializer(personalDataKeys: new InMemoryPersonalDataKeyStore()), clock ?? SystemClock.Instance, TenantId.Default)
    {
    }

    private InMemoryEventStore(Memory memory, DomainEventSerializer serializer, IClock clock, TenantId tenant)
    {
        _memory = memory;
        _serializer = serializer;
        _clock = clock;
        Tenant = tenant;
    }

    /// <inheritdoc />
    public TenantId Tenant { get; }

    /// <summary>The serializer this store reads and writes with.</summary>
    public DomainEventSerializer Serializer => _serializer;

    /// <summary>A store for another tenant over the same memory.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <returns>The tenant's store.</returns>
    public InMemoryEventStore ForTenant(TenantId tenant) => new(_memory, _serializer, _clock, tenant);

    /// <inheritdoc />
    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(StreamName stream, CancellationToken cancellationToken = default)
    {
        EventStoreGuards.Stream(stream);
        cancellationToken.ThrowIfCancellationRequested();
        Row[] rows;
        lock (_memory)
        {
            rows = _memory.Streams.TryGetValue((Tenant, stream), out var stored) ? [.. stored] : [];
        }

        return Task.FromResult<IReadOnlyList<RecordedEvent>>(Array.ConvertAll(rows, Read));
    }

    /// <summary>The stored form of a stream, as it would sit in a database.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The stored events in order.</returns>
    public IReadOnlyList<StoredEvent> ReadStored(StreamName stream)
    {
        lock (_memory)
        {
            return _memory.Streams.TryGetValue((Tenant, stream), out var stored) ? [.. stored.Select(r => r.Stored)] : [];
        }
    }

    /// <inheritdoc />
    public Task<AppendResult> AppendAsync(StreamName stream, long expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken = default)
    {
        EventStoreGuards.Append(stream, expectedVersion, events);
        cancellationToken.ThrowIfCancellationRequested();
        var serialized = events.Select(_serializer.Serialize).ToArray();
        var at = _clock.GetCurrentInstant();
        lock (_memory)
        {
            if (!_memory.Streams.TryGetValue((Tenant, stream), out var stored))
            {
                stored = [];
                _memory.Streams.Add((Tenant, stream), stored);
            }

            if (stored.Count != expectedVersion)
            {
                throw new ConcurrencyConflictException(stream.ToString(), expectedVersion, stored.Count);
            }

            Add(stored, stream, serialized, at);
            return Task.FromResult(new AppendResult(stored.Count, _memory.LastPosition));
        }
    }

    /// <inheritdoc />
    public Task<ImportResult> ImportAsync(IReadOnlyList<NewStream> streams, CancellationToken cancellationToken = default)
    {
        var count = EventStoreGuards.Import(streams);
        cancellationToken.ThrowIfCancellationRequested();
        var serialized = streams.Select(s => s.Events.Select(_serializer.Serialize).ToArray()).ToArray();
        var at = _clock.GetCurrentInstant();
        lock (_memory)
        {
            foreach (var stream in streams)
            {
                if (_memory.Streams.TryGetValue((Tenant, stream.Stream), out var existing) && existing.Count != 0)
                {
                    throw new ConcurrencyConflictException(stream.Stream.ToString(), 0, existing.Count);
                }
            }

            var first = _memory.LastPosition + 1;
            for (var s = 0; s < streams.Count; s++)
            {
                var stored = new List<Row>(serialized[s].Length);
                _memory.Streams[(Tenant, streams[s].Stream)] = stored;
                Add(stored, streams[s].Stream, serialized[s], at);
            }

            return Task.FromResult(count == 0 ? default : new ImportResult(streams.Count, count, first, _memory.LastPosition));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        EventStoreGuards.Feed(afterPosition, maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        var rows = new List<Row>(Math.Min(maxCount, 1024));
        lock (_memory)
        {
            // Positions are the feed's indexes plus one, across tenants; skip to the first one after the reader's.
            for (var i = (int)Math.Min(afterPosition, _memory.Feed.Count); i < _memory.Feed.Count && rows.Count < maxCount; i++)
            {
                if (_memory.Feed[i].Tenant == Tenant)
                {
                    rows.Add(_memory.Feed[i]);
                }
            }
        }

        return Task.FromResult<IReadOnlyList<RecordedEvent>>(rows.ConvertAll(Read));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StreamName> ListStreamsAsync(string kind, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StreamName.ValidateKind(kind);
        StreamName[] names;
        lock (_memory)
        {
            names = [.. _memory.Streams.Keys.Where(k => k.Tenant == Tenant && k.Stream.Kind == kind).Select(k => k.Stream).OrderBy(s => s.Key, StringComparer.Ordinal)];
        }

        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return name;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>
    /// Rewrites the personal data of every event in a stream to its erased form, in place: the one rewrite an
    /// append-only store allows, for a vendor who must rewrite rather than destroy a key. The stream keeps its
    /// length and positions, so versions stay valid.
    /// </summary>
    /// <param name="stream">The stream.</param>
    /// <param name="eraser">The eraser.</param>
    public void ErasePersonalData(StreamName stream, PersonalDataEraser eraser)
    {
        ArgumentNullException.ThrowIfNull(eraser);
        lock (_memory)
        {
            if (!_memory.Streams.TryGetValue((Tenant, stream), out var stored))
            {
                return;
            }

            for (var i = 0; i < stored.Count; i++)
            {
                var erased = stored[i] with { Stored = eraser.Erase(stored[i].Stored) };
                stored[i] = erased;
                _memory.Feed[(int)erased.Position - 1] = erased;
            }
        }
    }

    // Appends rows to a stream and to the feed, each at the next position; called under the memory's lock.
    private void Add(List<Row> stored, StreamName stream, StoredEvent[] serialized, Instant at)
    {
        foreach (var one in serialized)
        {
            var row = new Row(++_memory.LastPosition, Tenant, stream, stored.Count + 1, at, one);
            stored.Add(row);
            _memory.Feed.Add(row);
        }
    }

    private RecordedEvent Read(Row row) =>
        new(row.Position, row.Stream, row.Version, row.StoredAt, _serializer.Deserialize(row.Stored, row.Stream, row.Version));

    private sealed record Row(long Position, TenantId Tenant, StreamName Stream, long Version, Instant StoredAt, StoredEvent Stored);

    private sealed class Memory
    {
        public Dictionary<(TenantId Tenant, StreamName Stream), List<Row>> Streams { get; } = [];

        public List<Row> Feed { get; } = [];

        public long LastPosition { get; set; }
    }
}
