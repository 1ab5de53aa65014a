using System.Runtime.CompilerServices;
using CommunityGovernance.Kernel;
using JasperFx.Events;
using Marten;
using NodaTime;
using Npgsql;
using MartenDeserializationFailure = Marten.Exceptions.EventDeserializationFailureException;
using MartenUnknownEventType = Marten.Exceptions.UnknownEventTypeException;

namespace CommunityGovernance.Storage.Marten;

public sealed partial class MartenEventStore
{
    private const int ListPageSize = 512;

    /// <inheritdoc />
    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(StreamName stream, CancellationToken cancellationToken = default)
    {
        EventStoreGuards.Stream(stream);
        cancellationToken.ThrowIfCancellationRequested();
        var session = _store.QuerySession(Tenant.Value);
        await using (session.ConfigureAwait(false))
        {
            IReadOnlyList<IEvent> events;
            try
            {
                events = await session.Events.FetchStreamAsync(stream.ToString(), token: cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsUnreadable(e))
            {
                throw await UnreadableAsync(e, cancellationToken).ConfigureAwait(false);
            }

            return Array.ConvertAll([.. events], Recorded);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        EventStoreGuards.Feed(afterPosition, maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        var session = _store.QuerySession(Tenant.Value);
        await using (session.ConfigureAwait(false))
        {
            IReadOnlyList<IEvent> events;
            try
            {
                events = await session.Events.QueryAllRawEvents()
                    .Where(e => e.Sequence > afterPosition)
                    .OrderBy(e => e.Sequence)
                    .Take(maxCount)
                    .ToListAsync(cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (Exception e) when (IsUnreadable(e))
            {
                throw await UnreadableAsync(e, cancellationToken).ConfigureAwait(false);
            }

            return Array.ConvertAll([.. events], Recorded);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StreamName> ListStreamsAsync(string kind, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StreamName.ValidateKind(kind);

        // Keys in ordinal order (COLLATE "C" compares the UTF-8 bytes, which order as the code points do), a page
        // at a time and a session per page, so a slow consumer holds no connection in between.
        var sql = $"""
            select id from {_schema}.mt_streams
            where tenant_id = ? and starts_with(id, ?) and id collate "C" > ?
            order by id collate "C"
            limit {ListPageSize}
            """;
        var after = kind + "/";
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<string> page;
            var session = _store.QuerySession(Tenant.Value);
            await using (session.ConfigureAwait(false))
            {
                page = await session.QueryAsync<string>(sql, cancellationToken, Tenant.Value, kind + "/", after).ConfigureAwait(false);
            }

            foreach (var key in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return StreamName.Parse(key);
            }

            if (page.Count < ListPageSize)
            {
                yield break;
            }

            after = page[^1];
        }
    }

    private RecordedEvent Recorded(IEvent e)
    {
        var stream = StreamName.Parse(e.StreamKey ?? string.Empty);
        return e.Data is DomainEvent domainEvent && _events.Names.ContainsKey(domainEvent.GetType())
            ? new RecordedEvent(e.Sequence, stream, e.Version, Instant.FromDateTimeOffset(e.Timestamp), domainEvent)
            : throw new StoredEventUnreadableException(stream, e.Version, e.EventTypeName, "it is not one of the serializer's events (written to this tenant through Marten directly?).");
    }

    // Marten names the row only by its sequence number; find its stream and version, which is what a repair needs.
    private async Task<StoredEventUnreadableException> UnreadableAsync(Exception e, CancellationToken cancellationToken)
    {
        var (sequence, storedType, cause) = e switch
        {
            MartenUnknownEventType unknown => (unknown.Sequence, unknown.EventTypeName, UnknownTypeCause(unknown.EventTypeName)),
            UnknownEventTypeException unknown => (unknown.Sequence, unknown.EventTypeName ?? "?", UnknownTypeCause(unknown.EventTypeName ?? "?")),
            MartenDeserializationFailure failure => (failure.Sequence, failure.EventTypeName ?? "?", Describe(failure.InnerException ?? failure)),
            EventDeserializationFailureException failure => (failure.Sequence, failure.EventTypeName ?? "?", Describe(failure.InnerException ?? failure)),
            _ => throw new ArgumentOutOfRangeException(nameof(e)),
        };
        var located = await LocateAsync(sequence, cancellationToken).ConfigureAwait(false);
        return located is var (stream, version)
            ? new StoredEventUnreadableException(stream, version, storedType, cause, e)
            : new StoredEventUnreadableException(default, 0, storedType, $"{cause} (at feed position {sequence})", e);
    }

    private async Task<(StreamName Stream, long Version)?> LocateAsync(long sequence, CancellationToken cancellationToken)
    {
        var connection = _store.Storage.Database.CreateConnection();
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = new NpgsqlCommand($"select stream_id, version from {_schema}.mt_events where seq_id = $1 and tenant_id = $2", connection)
            {
                Parameters = { new() { Value = sequence }, new() { Value = Tenant.Value } },
            };
            await using (command.ConfigureAwait(false))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (StreamName.Parse(reader.GetString(0)), reader.GetInt64(1)) : null;
                }
            }
        }
    }

    // Marten 9 raises its own exception types; JasperFx.Events has the shared ones a later Marten may raise instead.
    private static bool IsUnreadable(Exception e) =>
        e is MartenUnknownEventType or MartenDeserializationFailure or UnknownEventTypeException or EventDeserializationFailureException;

    private string UnknownTypeCause(string storedType)
    {
        var (name, version) = MartenEventTypeNames.Parse(storedType);
        return _events.Serializer.FindEventType(name) is { } type && version > LibraryEvents.CurrentVersionOf(type)
            ? $"A stored '{name}' has version {version}, newer than this library's {LibraryEvents.CurrentVersionOf(type)}."
            : $"'{storedType}' is not a known event type.";
    }

    private static string Describe(Exception e) => e is DomainException domain ? domain.Message : $"{e.GetType().Name}: {e.Message}";
}
