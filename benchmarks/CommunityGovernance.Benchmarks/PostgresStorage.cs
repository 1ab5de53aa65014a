using System.Globalization;
using CommunityGovernance.Benchmarks.Rights;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Marten;
using CommunityGovernance.Storage.PersonalData;
using CommunityGovernance.Tests.Servers;
using JasperFx;
using JasperFx.Events;
using Marten;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace CommunityGovernance.Benchmarks;

/// <summary>
/// The PostgreSQL half of the <c>storage</c> run: <see cref="MartenEventStore"/> against the floor of writing and
/// reading the same serialized rows with the raw driver (Npgsql), on a throwaway cluster, a fresh database per run.
/// </summary>
/// <remarks>
/// The floor's table is <c>floor.events</c>, created <c>LIKE</c> the store's <c>mt_events</c> with its defaults,
/// constraints and indexes (so the same primary key on <c>seq_id</c> and the same unique index on tenant, stream and
/// version), its own sequence, and no <c>mt_streams</c>: the store's stream bookkeeping and its advisory lock are
/// part of the store's work. The floor writes the same rows as Marten: a version-7 UUID id, the stream key, the
/// version, the JSON as jsonb, Marten's type name (<see cref="MartenEventTypeNames.For"/>), the tenant, an empty
/// CLR type name, the server's <c>now()</c> as timestamp. A third side, Marten's own append (a session, <c>Append</c>
/// at the expected version, <c>SaveChangesAsync</c>) without the store's lock and version read, in another schema,
/// shows where the store's time goes (in the library's configuration, <c>EventAppendMode.Quick</c>: one function
/// call per append), and Marten's own append in its <c>Rich</c> mode (an insert per event), in a third schema.
/// </remarks>
public static class PostgresStorage
{
    private const int FeedBatch = 1000;

    private const string Copy = "COPY floor.events (id, stream_id, version, data, type, tenant_id, mt_dotnet_type) FROM STDIN (FORMAT BINARY)";

    private static readonly string Tenant = TenantId.Default.Value;

    private static int s_databases;

    /// <summary>One run's figures on PostgreSQL, each side timed alone.</summary>
    public sealed record Figures(
        TimeSpan StoreAppend,
        TimeSpan MartenAppend,
        TimeSpan MartenRichAppend,
        TimeSpan FloorSerializeAndCopy,
        TimeSpan Serialize,
        TimeSpan FloorCopy,
        TimeSpan StoreImport,
        TimeSpan MartenImport,
        TimeSpan FloorImport,
        TimeSpan StoreRebuild,
        TimeSpan FloorRebuild,
        TimeSpan StoreFeed,
        TimeSpan FloorFeed,
        int FeedEvents,
        int SingleAppends,
        TimeSpan StoreSingle,
        TimeSpan FloorSingle);

    /// <summary>The server's version and the settings that matter for writes, as the server reports them.</summary>
    public static string Describe(PostgresServer server)
    {
        using var connection = new NpgsqlConnection(server.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            "select current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit'), current_setting('full_page_writes'), current_setting('shared_buffers'), current_setting('wal_level'), current_setting('max_wal_size')",
            connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return $"PostgreSQL {reader.GetString(0)} (throwaway cluster on 127.0.0.1:{server.Port.ToString(CultureInfo.InvariantCulture)}, data under {Path.GetTempPath()}), fsync={reader.GetString(1)}, synchronous_commit={reader.GetString(2)}, full_page_writes={reader.GetString(3)}, shared_buffers={reader.GetString(4)}, wal_level={reader.GetString(5)}, max_wal_size={reader.GetString(6)}; Npgsql over TCP loopback, both sides on the same server";
    }

    /// <summary>One run of every workload in a new database, checking that both sides read back what was written.</summary>
    public static Figures Measure(PostgresServer server, StorageBenchmark.Load load, int singles, int run, bool withMarten = true) =>
        MeasureAsync(server, load, singles, floorFirst: run % 2 == 1, withMarten).GetAwaiter().GetResult();

    private static async Task<Figures> MeasureAsync(PostgresServer server, StorageBenchmark.Load load, int singles, bool floorFirst, bool withMarten)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"storage_{Environment.ProcessId}_{Interlocked.Increment(ref s_databases)}");
        var connectionString = await server.CreateDatabaseAsync(name);
        var serializer = new DomainEventSerializer(personalDataKeys: new InMemoryPersonalDataKeyStore());
        try
        {
            using var storeDocuments = await OpenAsync(connectionString, "cg", serializer);
            using var martenDocuments = await OpenAsync(connectionString, "bare", serializer);
            using var richDocuments = await OpenAsync(connectionString, "rich", serializer, EventAppendMode.Rich);
            using var importDocuments = await OpenAsync(connectionString, "imp", serializer);
            using var bulkDocuments = await OpenAsync(connectionString, "bulk", serializer);
            var store = new MartenEventStore(storeDocuments);
            var importing = new MartenEventStore(importDocuments);
            await using var floor = new NpgsqlConnection(connectionString);
            await floor.OpenAsync();
            await ExecuteAsync(floor, "create schema floor; create sequence floor.seq; create table floor.events (like cg.mt_events including defaults including constraints including indexes); alter table floor.events alter column seq_id set default nextval('floor.seq');");
            await ExecuteAsync(floor, "create sequence floor.imported_seq; create table floor.imported (like cg.mt_events including defaults including constraints including indexes); alter table floor.imported alter column seq_id set default nextval('floor.imported_seq');");
            await WarmUpAsync(store, martenDocuments, load);
            await WarmUpImportAsync(importing, load);
            await bulkDocuments.BulkInsertEventsAsync("warm-up", [StreamAction.Start((Marten.Events.EventGraph)((StoreOptions)bulkDocuments.Options).Events, load.Sample.Stream.Name.ToString(), [.. load.Streams.First(s => s.Stream == load.Sample.Stream.Name).Events])]);
            await WarmUpMartenAsync(richDocuments, load);

            // 1. Batched appends, one transaction per stream: the store, Marten alone, and the COPY floor serializing
            // each stream just before its transaction; then the COPY of rows serialized up front, into a truncated table.
            var (storeAppend, martenAppend, martenRichAppend, floorSerializeAndCopy) = (TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
            InOrder(
                floorFirst,
                () =>
                {
                    storeAppend = Timed(() =>
                    {
                        foreach (var (stream, events) in load.Streams)
                        {
                            store.AppendAsync(stream, 0, events).GetAwaiter().GetResult();
                        }
                    });
                    if (withMarten)
                    {
                        martenAppend = Timed(() => MartenAppend(martenDocuments, load));
                        martenRichAppend = Timed(() => MartenAppend(richDocuments, load));
                    }
                },
                () => floorSerializeAndCopy = Timed(() => FloorCopy(floor, load.Streams, s => SerializeStream(serializer, load.Streams[s].Events))));

            var rows = new StoredEvent[load.Streams.Count][];
            var serialize = Timed(() =>
            {
                for (var s = 0; s < rows.Length; s++)
                {
                    rows[s] = SerializeStream(serializer, load.Streams[s].Events);
                }
            });
            await ExecuteAsync(floor, "truncate floor.events", "vacuum analyze floor.events");
            var floorCopy = Timed(() => FloorCopy(floor, load.Streams, s => rows[s]));
            rows = null;
            await ExecuteAsync(floor, "vacuum analyze floor.events", "vacuum analyze cg.mt_events", "vacuum analyze cg.mt_streams");

            // 1b. The whole load in one import: the store's ImportAsync (Marten's bulk COPY under the feed lock) into
            // its own schema, against one binary COPY of the same rows in one transaction, each stream's events
            // serialized just before its rows on both sides.
            var (storeImport, martenImport, floorImport) = (TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
            InOrder(
                floorFirst,
                () =>
                {
                    storeImport = Timed(() => StorageBenchmark.CheckImported(load, importing.ImportAsync(StorageBenchmark.AsNewStreams(load)).GetAwaiter().GetResult(), "the Marten store's import"));
                    if (withMarten)
                    {
                        martenImport = Timed(() => MartenImport(bulkDocuments, load));
                    }
                },
                () => floorImport = Timed(() => FloorImport(floor, load, serializer)));

            // 2. Every aggregate rebuilt: LoadAllAsync per kind against one SELECT of the store's own rows in order.
            var (storeRebuild, floorRebuild) = (TimeSpan.Zero, TimeSpan.Zero);
            InOrder(
                floorFirst,
                () => storeRebuild = Timed(() => StorageBenchmark.Check(load, StorageBenchmark.StoreRebuild(store), "Marten's LoadAllAsync")),
                () => floorRebuild = Timed(() => StorageBenchmark.Check(load, FloorRebuild(connectionString, serializer), "the raw Npgsql read")));

            // 3. The feed read to its end in batches.
            var (storeFeed, floorFeed, storeFed, floorFed) = (TimeSpan.Zero, TimeSpan.Zero, 0, 0);
            InOrder(
                floorFirst,
                () => storeFeed = Timed(() => storeFed = StorageBenchmark.StoreFeed(store)),
                () => floorFeed = Timed(() => floorFed = FloorFeed(connectionString, serializer)));
            if (storeFed != load.Events || floorFed != load.Events)
            {
                throw new InvalidOperationException($"The PostgreSQL feed gave {storeFed:N0} events through the store and {floorFed:N0} raw; {load.Events:N0} were written.");
            }

            // 4. Single-event appends to the district with the most streets.
            var (storeSingle, floorSingle) = await SingleAppendsAsync(store, floor, load.Sample, serializer, singles, floorFirst);
            return new Figures(storeAppend, martenAppend, martenRichAppend, floorSerializeAndCopy, serialize, floorCopy, storeImport, martenImport, floorImport, storeRebuild, floorRebuild, storeFeed, floorFeed, storeFed, singles, storeSingle, floorSingle);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server.ConnectionString);
            await admin.OpenAsync();
            await ExecuteAsync(admin, $"drop database if exists \"{name}\" with (force)");
        }
    }

    // The library's configuration, unless another append mode is asked for.
    private static async Task<DocumentStore> OpenAsync(string connectionString, string schema, DomainEventSerializer serializer, EventAppendMode? mode = null)
    {
        var documents = DocumentStore.For(options =>
        {
            options.Connection(connectionString);
            options.DatabaseSchemaName = schema;
            options.AutoCreateSchemaObjects = AutoCreate.All;
            options.UseCommunityGovernance(serializer);
            if (mode is { } asked)
            {
                options.Events.AppendMode = asked;
            }
        });
        await documents.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return documents;
    }

    // Marten generates and compiles its code on a store's first use: every path once, in another tenant, untimed.
    private static async Task WarmUpAsync(MartenEventStore store, DocumentStore marten, StorageBenchmark.Load load)
    {
        var other = store.ForTenant(new TenantId("warm-up"));
        var (stream, events) = load.Streams.First(s => s.Stream == load.Sample.Stream.Name);
        await other.AppendAsync(stream, 0, events);
        await other.LoadAsync(load.Sample.Stream);
        await foreach (var loaded in other.LoadAllAsync<District>())
        {
            GC.KeepAlive(loaded);
        }

        await other.ReadAllAsync(0, FeedBatch);
        await WarmUpMartenAsync(marten, load);
    }

    // Marten's bulk path applies the schema once per database and builds its COPY code on first use: once, untimed.
    private static async Task WarmUpImportAsync(MartenEventStore importing, StorageBenchmark.Load load)
    {
        var (stream, events) = load.Streams.First(s => s.Stream == load.Sample.Stream.Name);
        await importing.ForTenant(new TenantId("warm-up")).ImportAsync([new NewStream(stream, events)]);
    }

    private static async Task WarmUpMartenAsync(DocumentStore marten, StorageBenchmark.Load load)
    {
        var (stream, events) = load.Streams.First(s => s.Stream == load.Sample.Stream.Name);
        var session = marten.LightweightSession("warm-up");
        await using (session)
        {
            session.Events.Append(stream.ToString(), events.Length, [.. events]);
            await session.SaveChangesAsync();
        }
    }

    private static StoredEvent[] SerializeStream(DomainEventSerializer serializer, DomainEvent[] events)
    {
        var rows = new StoredEvent[events.Length];
        for (var e = 0; e < events.Length; e++)
        {
            rows[e] = serializer.Serialize(events[e]);
        }

        return rows;
    }

    // Marten's bulk import alone, as a vendor would call it: no lock, no existence check, Marten's own event ids.
    private static void MartenImport(DocumentStore marten, StorageBenchmark.Load load)
    {
        var graph = (Marten.Events.EventGraph)((StoreOptions)marten.Options).Events;
        var actions = load.Streams.Select(s => StreamAction.Start(graph, s.Stream.ToString(), [.. s.Events])).ToList();
        marten.BulkInsertEventsAsync(Tenant, actions, 5_000).GetAwaiter().GetResult();
    }

    private static void MartenAppend(DocumentStore marten, StorageBenchmark.Load load)
    {
        foreach (var (stream, events) in load.Streams)
        {
            using var session = marten.LightweightSession(Tenant);
            session.Events.Append(stream.ToString(), events.Length, [.. events]);
            session.SaveChangesAsync().GetAwaiter().GetResult();
        }
    }

    // One binary COPY per stream, each in its own transaction, on one held connection.
    private static void FloorCopy(NpgsqlConnection connection, IReadOnlyList<(StreamName Stream, DomainEvent[] Events)> streams, Func<int, StoredEvent[]> rowsOf)
    {
        for (var s = 0; s < streams.Count; s++)
        {
            var rows = rowsOf(s);
            var key = streams[s].Stream.ToString();
            using var transaction = connection.BeginTransaction();
            using (var copy = connection.BeginBinaryImport(Copy))
            {
                WriteRows(copy, key, rows);
                copy.Complete();
            }

            transaction.Commit();
        }
    }

    // The floor of an import: one binary COPY of every row in one transaction, each stream serialized just before its rows.
    private static void FloorImport(NpgsqlConnection connection, StorageBenchmark.Load load, DomainEventSerializer serializer)
    {
        using var transaction = connection.BeginTransaction();
        using (var copy = connection.BeginBinaryImport(Copy.Replace("floor.events", "floor.imported", StringComparison.Ordinal)))
        {
            foreach (var (stream, events) in load.Streams)
            {
                WriteRows(copy, stream.ToString(), SerializeStream(serializer, events));
            }

            copy.Complete();
        }

        transaction.Commit();
    }

    // A stream's rows as Marten writes them: a version-7 UUID, the key, versions from 1, the JSON, Marten's type name,
    // the tenant, an empty CLR type name.
    private static void WriteRows(NpgsqlBinaryImporter copy, string key, StoredEvent[] rows)
    {
        for (var e = 0; e < rows.Length; e++)
        {
            copy.StartRow();
            copy.Write(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            copy.Write(key, NpgsqlDbType.Varchar);
            copy.Write((long)(e + 1), NpgsqlDbType.Bigint);
            copy.Write(rows[e].Data, NpgsqlDbType.Jsonb);
            copy.Write(MartenEventTypeNames.For(rows[e].Type, rows[e].SchemaVersion), NpgsqlDbType.Varchar);
            copy.Write(Tenant, NpgsqlDbType.Varchar);
            copy.Write(string.Empty, NpgsqlDbType.Varchar);
        }
    }

    // The floor of a rebuild: the store's own rows in feed order, deserialized, grouped by stream, folded.
    private static StorageBenchmark.Rebuilt FloorRebuild(string connectionString, DomainEventSerializer serializer)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var select = new NpgsqlCommand("select stream_id, version, type, data from cg.mt_events where tenant_id = $1 order by seq_id", connection)
        {
            Parameters = { new() { Value = Tenant } },
        };
        using var reader = select.ExecuteReader();
        var histories = new Dictionary<StreamName, List<DomainEvent>>();
        var currentKey = string.Empty;
        var current = default(StreamName);
        List<DomainEvent>? history = null;
        while (reader.Read())
        {
            var key = reader.GetString(0);
            if (history is null || !string.Equals(currentKey, key, StringComparison.Ordinal))
            {
                currentKey = key;
                current = StreamName.Parse(key);
                if (!histories.TryGetValue(current, out history))
                {
                    history = [];
                    histories.Add(current, history);
                }
            }

            var (type, schema) = MartenEventTypeNames.Parse(reader.GetString(2));
            history.Add(serializer.Deserialize(new StoredEvent(type, schema, reader.GetString(3)), current, reader.GetInt64(1)));
        }

        return StorageBenchmark.FromHistories(histories);
    }

    // The floor of a catch-up read: the same batches of the store's rows, a pooled connection per batch as the store's
    // session per call, each event deserialized and handed over with its position, stream, version and timestamp.
    private static int FloorFeed(string connectionString, DomainEventSerializer serializer)
    {
        var count = 0;
        var after = 0L;
        var sink = 0L;
        while (true)
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var select = new NpgsqlCommand("select seq_id, stream_id, version, type, data, timestamp from cg.mt_events where tenant_id = $1 and seq_id > $2 order by seq_id limit $3", connection)
            {
                Parameters = { new() { Value = Tenant }, new() { Value = after }, new() { Value = FeedBatch } },
            };
            using var reader = select.ExecuteReader();
            var read = 0;
            var currentKey = string.Empty;
            var current = default(StreamName);
            while (reader.Read())
            {
                var key = reader.GetString(1);
                if (!string.Equals(currentKey, key, StringComparison.Ordinal))
                {
                    currentKey = key;
                    current = StreamName.Parse(key);
                }

                var (type, schema) = MartenEventTypeNames.Parse(reader.GetString(3));
                var domainEvent = serializer.Deserialize(new StoredEvent(type, schema, reader.GetString(4)), current, reader.GetInt64(2));
                var at = Instant.FromDateTimeOffset(reader.GetFieldValue<DateTimeOffset>(5));
                sink += (domainEvent.GetHashCode() ^ at.GetHashCode()) & 1;
                after = reader.GetInt64(0);
                read++;
            }

            count += read;
            if (read < FeedBatch)
            {
                GC.KeepAlive(sink);
                return count;
            }
        }
    }

    /// <summary>
    /// Single-event appends to an existing stream: the store loads the district and saves each new community with
    /// <c>SaveAsync</c>; the floor inserts the same serialized events with one prepared INSERT, one transaction each.
    /// </summary>
    private static async Task<(TimeSpan Store, TimeSpan Floor)> SingleAppendsAsync(MartenEventStore store, NpgsqlConnection floor, District sample, DomainEventSerializer serializer, int count, bool floorFirst)
    {
        var stream = sample.Stream.Name;
        var (district, start, rows, storeSide) = StorageBenchmark.SingleAppendWorkload(store, sample, serializer, count);
        await using var insert = new NpgsqlCommand("insert into floor.events (id, stream_id, version, data, type, tenant_id, mt_dotnet_type) values ($1, $2, $3, $4, $5, $6, '')", floor);
        var id = insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = stream.ToString() });
        var version = insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint });
        var data = insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb });
        var type = insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar });
        insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = Tenant });
        await insert.PrepareAsync();
        var (storeTime, floorTime) = (TimeSpan.Zero, TimeSpan.Zero);
        InOrder(
            floorFirst,
            () => storeTime = Timed(storeSide),
            () => floorTime = Timed(() =>
            {
                for (var i = 0; i < count; i++)
                {
                    using var transaction = floor.BeginTransaction();
                    insert.Transaction = transaction;
                    id.Value = Guid.CreateVersion7();
                    version.Value = start + i + 1;
                    data.Value = rows[i].Data;
                    type.Value = MartenEventTypeNames.For(rows[i].Type, rows[i].SchemaVersion);
                    insert.ExecuteNonQuery();
                    transaction.Commit();
                }
            }));

        var stored = await store.ReadStreamAsync(stream);
        if (stored.Count != start + count || District.FromHistory(stored.Select(r => r.Event)).CommunityCount != sample.CommunityCount + count)
        {
            throw new InvalidOperationException($"The Marten store's stream {stream} holds {stored.Count:N0} events after {count:N0} single appends to {start:N0}.");
        }

        await using var check = new NpgsqlCommand("select count(*) from floor.events where stream_id = $1 and tenant_id = $2", floor)
        {
            Parameters = { new() { Value = stream.ToString() }, new() { Value = Tenant } },
        };
        if ((long)(await check.ExecuteScalarAsync())! != start + count)
        {
            throw new InvalidOperationException($"The floor's stream {stream} does not hold {start + count:N0} events.");
        }

        return (storeTime, floorTime);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, params string[] statements)
    {
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static void InOrder(bool floorFirst, Action store, Action floor)
    {
        (floorFirst ? floor : store)();
        (floorFirst ? store : floor)();
    }

    private static TimeSpan Timed(Action work) => StorageBenchmark.Timed(work);
}
