using System.Diagnostics;
using System.Globalization;
using CommunityGovernance.Benchmarks.Rights;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.PersonalData;
using CommunityGovernance.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace CommunityGovernance.Benchmarks;

/// <summary>
/// The SQLite event store against the floor of writing and reading the same serialized rows with the raw driver
/// (Microsoft.Data.Sqlite), side by side in one run: the whole scope's District aggregates and GovernanceRight trees
/// appended one append per stream, every aggregate rebuilt, the feed read to its end, and single-event appends.
/// Both sides write to files in the system temp directory, in WAL mode, at SQLite's default synchronous setting (the
/// store sets none), and the files are deleted afterwards.
/// </summary>
public static class StorageBenchmark
{
    private const string Insert = """
        INSERT INTO events (tenant, stream_kind, stream_key, stream_version, event_type, schema_version, data, stored_at)
        VALUES ($tenant, $kind, $key, $version, $type, $schema, $data, $at);
        """;

    private const int FeedBatch = 1000;

    private static readonly string Tenant = TenantId.Default.Value;

    /// <summary>The scope's aggregates, each stream's events still to be stored, and what a rebuild must give back.</summary>
    public sealed record Load(IReadOnlyList<(StreamName Stream, DomainEvent[] Events)> Streams, int Events, int Districts, int Trees, int Communities, int Rights, District Sample);

    /// <summary>One run's figures, each side timed alone.</summary>
    public sealed record Figures(
        TimeSpan Serialize,
        TimeSpan StoreAppend,
        TimeSpan FloorSerializeAndAppend,
        TimeSpan FloorAppend,
        TimeSpan StoreImport,
        TimeSpan FloorImport,
        TimeSpan StoreRebuild,
        TimeSpan StoreRebuildFromFeed,
        TimeSpan FloorRebuild,
        TimeSpan StoreFeed,
        TimeSpan FloorFeed,
        int FeedEvents,
        int SingleAppends,
        TimeSpan StoreSingle,
        TimeSpan FloorSingle);

    public static int Run(string[] args)
    {
        var scope = "country";
        var runs = 1;
        var singles = 2_000;
        var warmUp = true;
        var postgres = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--scope" when i + 1 < args.Length:
                    scope = args[++i];
                    break;
                case "--runs" when i + 1 < args.Length:
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--appends" when i + 1 < args.Length:
                    singles = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--no-warm-up":
                    warmUp = false;
                    break;
                case "--no-postgres":
                    postgres = false;
                    break;
                default:
                    throw new ArgumentException($"storage takes [--scope wenjiang|sichuan|country] [--runs N] [--appends N] [--no-warm-up] [--no-postgres], not '{args[i]}'.");
            }
        }

        if (!DivisionRows.Scopes.TryGetValue(scope, out var prefix))
        {
            throw new ArgumentException($"Unknown scope '{scope}': wenjiang, sichuan or country.");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"storage: scope {scope}, {runs} run(s), {singles:N0} single appends, {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, load {Analyzers.AnalyzerOverhead.LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        Console.WriteLine($"files under {Path.GetTempPath()}; SQLite {SqliteVersion()}, journal WAL, synchronous {DefaultSynchronous()} (the store's and the floor's: SQLite's default, neither sets it)");

        using var server = postgres ? StartPostgres() : null;
        if (!postgres)
        {
            Console.WriteLine("PostgreSQL (Marten): skipped (--no-postgres)");
        }

        // Every code path once on the committed Wenjiang extract, untimed, so the measured runs do not pay for first calls.
        var wenjiang = Prepare(DivisionRows.ReadWenjiangCsv());
        Measure(wenjiang, singles: 20, run: 0);
        if (server is not null)
        {
            PostgresStorage.Measure(server, wenjiang, singles: 20, run: 0);
        }

        var load = Prepare(DivisionRows.ReadDatabase(DivisionRows.DatabasePath(), prefix));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load: {load.Streams.Count:N0} streams ({load.Districts:N0} District, {load.Trees:N0} GovernanceRight), {load.Events:N0} events, {load.Communities:N0} communities, {load.Rights:N0} rights"));
        if (warmUp)
        {
            // A whole pass on the measured load first, not counted: in the first pass, the side timed first ran up to 2× slower.
            Measure(load, singles, run: 1);
            if (server is not null)
            {
                PostgresStorage.Measure(server, load, singles, run: 1);
            }

            Console.WriteLine($"warm-up pass done, not counted; load {Analyzers.AnalyzerOverhead.LoadAverage()}");
        }

        var all = new List<Figures>();
        var onPostgres = new List<PostgresStorage.Figures>();
        for (var run = 0; run < runs; run++)
        {
            var figures = Measure(load, singles, run);
            all.Add(figures);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}: SQLite done, load {Analyzers.AnalyzerOverhead.LoadAverage()}, {DateTime.UtcNow:HH:mm:ss} UTC"));
            if (server is not null)
            {
                onPostgres.Add(PostgresStorage.Measure(server, load, singles, run));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}: PostgreSQL done, load {Analyzers.AnalyzerOverhead.LoadAverage()}, {DateTime.UtcNow:HH:mm:ss} UTC"));
            }

            Console.WriteLine(Table(load, [figures], onPostgres.Count > 0 ? [onPostgres[^1]] : [], "this run"));
        }

        if (runs > 1)
        {
            Console.WriteLine(Table(load, all, onPostgres, $"median of {runs} runs"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):N0} MiB; load at the end: {Analyzers.AnalyzerOverhead.LoadAverage()}"));
        return 0;
    }

    /// <summary>
    /// A throwaway PostgreSQL cluster for the Marten side (the tests' helper: initdb into a temporary folder, a free
    /// loopback port), or <see langword="null"/> with the reason printed when the server binaries are missing or the
    /// cluster does not start.
    /// </summary>
    public static Tests.Servers.PostgresServer? StartPostgres()
    {
        var server = new Tests.Servers.PostgresServer();
        if (server.UnavailableReason is { } reason)
        {
            Console.WriteLine($"PostgreSQL (Marten): skipped, {reason}");
            server.Dispose();
            return null;
        }

        Console.WriteLine(PostgresStorage.Describe(server));
        return server;
    }

    /// <summary>The scope's District aggregates and rights trees, built as the national run builds them, events pending.</summary>
    public static Load Prepare(List<DivisionRow> rows)
    {
        var districts = NationalScale.BuildHierarchy(rows, RightsWorkload.Term.Start, keepPending: true);
        var workload = RightsWorkload.Build(rows, questions: 0, seed: 1, keepPending: true);
        var streams = new List<(StreamName, DomainEvent[])>(districts.Count + workload.Trees.Count);
        var events = 0;
        foreach (var district in districts.Values)
        {
            DomainEvent[] pending = [.. district.DequeuePendingEvents()];
            streams.Add((district.Stream, pending));
            events += pending.Length;
        }

        foreach (var tree in workload.Trees)
        {
            DomainEvent[] pending = [.. tree.DequeuePendingEvents()];
            streams.Add((tree.Stream, pending));
            events += pending.Length;
        }

        var sample = districts.Values.MaxBy(d => d.Streets.Count)!;
        return new Load(streams, events, districts.Count, workload.Trees.Count, districts.Values.Sum(d => d.CommunityCount), workload.Rights, sample);
    }

    /// <summary>
    /// One run of every workload on fresh files, checking that both sides read back what was written. Every pair of
    /// phases runs the store first when <paramref name="run"/> is even and the floor first when it is odd, so that
    /// neither side always meets the other's leftovers.
    /// </summary>
    public static Figures Measure(Load load, int singles, int run)
    {
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "cg-storage-" + Guid.NewGuid().ToString("N")));
        try
        {
            return MeasureIn(directory.FullName, load, singles, floorFirst: run % 2 == 1);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    private static Figures MeasureIn(string directory, Load load, int singles, bool floorFirst)
    {
        var serializer = new DomainEventSerializer(personalDataKeys: new InMemoryPersonalDataKeyStore());
        var storePath = Path.Combine(directory, "store.db");
        var floorPath = Path.Combine(directory, "floor.db");
        var store = SqliteEventStore.OpenAsync(new SqliteEventStoreOptions { DataSource = storePath, Serializer = serializer }).GetAwaiter().GetResult();
        using var floor = OpenFloor(floorPath);
        using var floorSerializing = OpenFloor(Path.Combine(directory, "floor-serializing.db"));

        // 1. Batched appends: one append per stream. The floor writes the same rows twice, to two files: serializing
        // each stream's events just before its transaction, as the store does (the like-with-like floor), and as bare
        // inserts of rows serialized once, up front (the serialization timed apart). Every pair below runs in the
        // run's order: the floor first in odd runs, the store first in even ones.
        var storeAppend = TimeSpan.Zero;
        var floorSerializeAndAppend = TimeSpan.Zero;
        InOrder(
            floorFirst,
            () => storeAppend = Timed(() =>
            {
                foreach (var (stream, events) in load.Streams)
                {
                    store.AppendAsync(stream, 0, events).GetAwaiter().GetResult();
                }
            }),
            () => floorSerializeAndAppend = Timed(() => FloorAppend(floorSerializing, load, serializer)));
        floorSerializing.Close();

        var rows = new StoredEvent[load.Streams.Count][];
        var serialize = Timed(() =>
        {
            for (var s = 0; s < rows.Length; s++)
            {
                var events = load.Streams[s].Events;
                var serialized = rows[s] = new StoredEvent[events.Length];
                for (var e = 0; e < events.Length; e++)
                {
                    serialized[e] = serializer.Serialize(events[e]);
                }
            }
        });
        var floorAppend = Timed(() => FloorAppend(floor, load.Streams, s => rows[s]));
        rows = null;

        // 1b. The whole load in one import: the store's ImportAsync into a new file, against one transaction of the
        // same prepared inserts, each stream's events serialized just before its rows on both sides.
        var (storeImport, floorImport) = (TimeSpan.Zero, TimeSpan.Zero);
        var importing = SqliteEventStore.OpenAsync(new SqliteEventStoreOptions { DataSource = Path.Combine(directory, "import.db"), Serializer = serializer }).GetAwaiter().GetResult();
        using (var floorImporting = OpenFloor(Path.Combine(directory, "floor-import.db")))
        {
            InOrder(
                floorFirst,
                () => storeImport = Timed(() => CheckImported(load, importing.ImportAsync(AsNewStreams(load)).GetAwaiter().GetResult(), "the SQLite store's import")),
                () => floorImport = Timed(() => FloorImport(floorImporting, load, serializer)));
        }

        // 2. Every aggregate rebuilt: through LoadAllAsync per kind, through the feed, and from the raw rows.
        var (storeRebuild, storeRebuildFromFeed, floorRebuild) = (TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        InOrder(
            floorFirst,
            () =>
            {
                storeRebuild = Timed(() => Check(load, StoreRebuild(store), "the store's LoadAllAsync"));
                storeRebuildFromFeed = Timed(() => Check(load, StoreRebuildFromFeed(store), "the store's feed"));
            },
            () => floorRebuild = Timed(() => Check(load, FloorRebuild(storePath, serializer), "the raw read")));

        // 3. The feed read to its end in batches, as a read model catching up.
        var (storeFeed, floorFeed, storeFed, floorFed) = (TimeSpan.Zero, TimeSpan.Zero, 0, 0);
        InOrder(
            floorFirst,
            () => storeFeed = Timed(() => storeFed = StoreFeed(store)),
            () => floorFeed = Timed(() => floorFed = FloorFeed(storePath, serializer)));
        if (storeFed != load.Events || floorFed != load.Events)
        {
            throw new InvalidOperationException($"The feed gave {storeFed:N0} events through the store and {floorFed:N0} raw; {load.Events:N0} were written.");
        }

        // 4. Single-event appends to an existing stream: a new community at a time in the district with the most streets.
        var (storeSingle, floorSingle) = SingleAppends(store, floor, load.Sample, serializer, singles, floorFirst);
        return new Figures(serialize, storeAppend, floorSerializeAndAppend, floorAppend, storeImport, floorImport, storeRebuild, storeRebuildFromFeed, floorRebuild, storeFeed, floorFeed, storeFed, singles, storeSingle, floorSingle);
    }

    private static void InOrder(bool floorFirst, Action store, Action floor)
    {
        (floorFirst ? floor : store)();
        (floorFirst ? store : floor)();
    }

    // Each side starts with no other side's writes still waiting in the page cache: sync(2) flushes them first.
    internal static TimeSpan Timed(Action work)
    {
        if (OperatingSystem.IsLinux())
        {
            Sync();
        }

        Collect();
        var watch = Stopwatch.StartNew();
        work();
        return watch.Elapsed;
    }

    // The floor's file gets its table from the store itself (opening a store creates the schema, in WAL mode), so both
    // sides write the same table; the floor then writes to it with the raw driver.
    private static SqliteConnection OpenFloor(string path)
    {
        var keys = new CommunityGovernance.Storage.PersonalData.InMemoryPersonalDataKeyStore();
        _ = SqliteEventStore.OpenAsync(new SqliteEventStoreOptions { DataSource = path, Serializer = new DomainEventSerializer(personalDataKeys: keys) }).GetAwaiter().GetResult();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        connection.Open();
        return connection;
    }

    // The floor serializing as the store does: a stream's events just before its transaction.
    private static void FloorAppend(SqliteConnection connection, Load load, DomainEventSerializer serializer) =>
        FloorAppend(connection, load.Streams, s =>
        {
            var events = load.Streams[s].Events;
            var rows = new StoredEvent[events.Length];
            for (var e = 0; e < events.Length; e++)
            {
                rows[e] = serializer.Serialize(events[e]);
            }

            return rows;
        });

    /// <summary>The load as the new streams of one import.</summary>
    internal static NewStream[] AsNewStreams(Load load) => [.. load.Streams.Select(s => new NewStream(s.Stream, s.Events))];

    /// <summary>Throws unless an import stored the whole load.</summary>
    internal static void CheckImported(Load load, ImportResult result, string side)
    {
        if (result.Streams != load.Streams.Count || result.Events != load.Events)
        {
            throw new InvalidOperationException($"{side} stored {result.Streams:N0} streams and {result.Events:N0} events; the load has {load.Streams.Count:N0} and {load.Events:N0}.");
        }
    }

    // The floor of an import: one transaction, one prepared INSERT, each stream's events serialized just before its rows.
    private static void FloorImport(SqliteConnection connection, Load load, DomainEventSerializer serializer)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var insert = new FloorInsert(connection);
        insert.Command.Transaction = transaction;
        insert.At.Value = InstantPattern.ExtendedIso.Format(SystemClock.Instance.GetCurrentInstant());
        foreach (var (stream, events) in load.Streams)
        {
            insert.Kind.Value = stream.Kind;
            insert.Key.Value = stream.Key;
            for (var e = 0; e < events.Length; e++)
            {
                insert.Execute(e + 1, serializer.Serialize(events[e]));
            }
        }

        transaction.Commit();
    }

    /// <summary>The floor's one prepared INSERT of the store's own statement, its parameters bound by name.</summary>
    private sealed class FloorInsert : IDisposable
    {
        private readonly SqliteParameter _version;
        private readonly SqliteParameter _type;
        private readonly SqliteParameter _schema;
        private readonly SqliteParameter _data;

        public FloorInsert(SqliteConnection connection)
        {
            Command = connection.CreateCommand();
            Command.CommandText = Insert;
            Command.Parameters.AddWithValue("$tenant", Tenant);
            Kind = Command.Parameters.Add("$kind", SqliteType.Text);
            Key = Command.Parameters.Add("$key", SqliteType.Text);
            _version = Command.Parameters.Add("$version", SqliteType.Integer);
            _type = Command.Parameters.Add("$type", SqliteType.Text);
            _schema = Command.Parameters.Add("$schema", SqliteType.Integer);
            _data = Command.Parameters.Add("$data", SqliteType.Text);
            At = Command.Parameters.Add("$at", SqliteType.Text);
            Command.Prepare();
        }

        public SqliteCommand Command { get; }

        public SqliteParameter Kind { get; }

        public SqliteParameter Key { get; }

        public SqliteParameter At { get; }

        public void Execute(long version, StoredEvent row)
        {
            _version.Value = version;
            _type.Value = row.Type;
            _schema.Value = row.SchemaVersion;
            _data.Value = row.Data;
            Command.ExecuteNonQuery();
        }

        public void Dispose() => Command.Dispose();
    }

    // One prepared INSERT for the whole load, one transaction per stream.
    private static void FloorAppend(SqliteConnection connection, IReadOnlyList<(StreamName Stream, DomainEvent[] Events)> streams, Func<int, StoredEvent[]> rowsOf)
    {
        using var insert = new FloorInsert(connection);
        for (var s = 0; s < streams.Count; s++)
        {
            var stream = rowsOf(s);
            using var transaction = connection.BeginTransaction(deferred: false);
            insert.Command.Transaction = transaction;
            insert.Kind.Value = streams[s].Stream.Kind;
            insert.Key.Value = streams[s].Stream.Key;
            insert.At.Value = InstantPattern.ExtendedIso.Format(SystemClock.Instance.GetCurrentInstant());
            for (var e = 0; e < stream.Length; e++)
            {
                insert.Execute(e + 1, stream[e]);
            }

            transaction.Commit();
        }
    }

    /// <summary>What a rebuild gave back: aggregates, their versions summed, communities and rights.</summary>
    internal readonly record struct Rebuilt(int Districts, int Trees, long Events, int Communities, int Rights)
    {
        public Rebuilt Add(District district) => this with { Districts = Districts + 1, Events = Events + district.Version, Communities = Communities + district.CommunityCount };

        public Rebuilt Add(GovernanceRight tree) => this with { Trees = Trees + 1, Events = Events + tree.Version, Rights = Rights + tree.Rights.Count };
    }

    internal static Rebuilt StoreRebuild(IEventStore store) => StoreRebuildAsync(store).GetAwaiter().GetResult();

    private static async Task<Rebuilt> StoreRebuildAsync(IEventStore store)
    {
        var rebuilt = default(Rebuilt);
        await foreach (var district in store.LoadAllAsync<District>())
        {
            rebuilt = rebuilt.Add(district);
        }

        await foreach (var tree in store.LoadAllAsync<GovernanceRight>())
        {
            rebuilt = rebuilt.Add(tree);
        }

        return rebuilt;
    }

    private static Rebuilt StoreRebuildFromFeed(SqliteEventStore store) => StoreRebuildFromFeedAsync(store).GetAwaiter().GetResult();

    private static async Task<Rebuilt> StoreRebuildFromFeedAsync(SqliteEventStore store)
    {
        var histories = new Dictionary<StreamName, List<DomainEvent>>();
        var current = default(StreamName);
        List<DomainEvent>? history = null;
        await foreach (var recorded in store.ReadFeedAsync(0, FeedBatch))
        {
            if (history is null || recorded.Stream != current)
            {
                current = recorded.Stream;
                if (!histories.TryGetValue(current, out history))
                {
                    history = [];
                    histories.Add(current, history);
                }
            }

            history.Add(recorded.Event);
        }

        return FromHistories(histories);
    }

    private static Rebuilt FloorRebuild(string path, DomainEventSerializer serializer)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT stream_kind, stream_key, stream_version, event_type, schema_version, data FROM events WHERE tenant = $tenant ORDER BY position;";
        select.Parameters.AddWithValue("$tenant", Tenant);
        using var reader = select.ExecuteReader();
        var histories = new Dictionary<StreamName, List<DomainEvent>>();
        var current = default(StreamName);
        List<DomainEvent>? history = null;
        while (reader.Read())
        {
            var kind = reader.GetString(0);
            var key = reader.GetString(1);
            if (history is null || !string.Equals(current.Kind, kind, StringComparison.Ordinal) || !string.Equals(current.Key, key, StringComparison.Ordinal))
            {
                current = StreamName.Create(kind, key);
                if (!histories.TryGetValue(current, out history))
                {
                    history = [];
                    histories.Add(current, history);
                }
            }

            history.Add(serializer.Deserialize(new StoredEvent(reader.GetString(3), reader.GetInt32(4), reader.GetString(5)), current, reader.GetInt64(2)));
        }

        return FromHistories(histories);
    }

    internal static Rebuilt FromHistories(Dictionary<StreamName, List<DomainEvent>> histories)
    {
        var rebuilt = default(Rebuilt);
        foreach (var (stream, history) in histories)
        {
            rebuilt = stream.Kind == District.StreamKind ? rebuilt.Add(District.FromHistory(history)) : rebuilt.Add(GovernanceRight.FromHistory(history));
        }

        return rebuilt;
    }

    internal static void Check(Load load, Rebuilt rebuilt, string how)
    {
        var expected = new Rebuilt(load.Districts, load.Trees, load.Events, load.Communities, load.Rights);
        if (rebuilt != expected)
        {
            throw new InvalidOperationException($"Rebuilt through {how}: {rebuilt}; written: {expected}.");
        }
    }

    internal static int StoreFeed(IEventStore store)
    {
        var count = 0;
        var after = 0L;
        while (true)
        {
            var batch = store.ReadAllAsync(after, FeedBatch).GetAwaiter().GetResult();
            count += batch.Count;
            if (batch.Count < FeedBatch)
            {
                return count;
            }

            after = batch[^1].Position;
        }
    }

    // The floor of a catch-up read: the same batches, each event deserialized and handed over with its position,
    // stream and version; a connection per batch, as the store takes one per call.
    private static int FloorFeed(string path, DomainEventSerializer serializer)
    {
        var count = 0;
        var after = 0L;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString();
        var sink = 0L;
        while (true)
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var select = connection.CreateCommand();
            select.CommandText = "SELECT position, stream_kind, stream_key, stream_version, event_type, schema_version, data FROM events WHERE tenant = $tenant AND position > $after ORDER BY position LIMIT $max;";
            select.Parameters.AddWithValue("$tenant", Tenant);
            select.Parameters.AddWithValue("$after", after);
            select.Parameters.AddWithValue("$max", FeedBatch);
            using var reader = select.ExecuteReader();
            var read = 0;
            var current = default(StreamName);
            while (reader.Read())
            {
                var kind = reader.GetString(1);
                var key = reader.GetString(2);
                if (!string.Equals(current.Kind, kind, StringComparison.Ordinal) || !string.Equals(current.Key, key, StringComparison.Ordinal))
                {
                    current = StreamName.Create(kind, key);
                }

                var version = reader.GetInt64(3);
                var domainEvent = serializer.Deserialize(new StoredEvent(reader.GetString(4), reader.GetInt32(5), reader.GetString(6)), current, version);
                sink += domainEvent.GetHashCode() & 1;
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
    /// A few thousand appends of one event each to an existing stream: the store loads the district and saves each new
    /// community with <c>SaveAsync</c>; the floor inserts the same serialized events, one transaction each.
    /// </summary>
    private static (TimeSpan Store, TimeSpan Floor) SingleAppends(SqliteEventStore store, SqliteConnection floor, District sample, DomainEventSerializer serializer, int count, bool floorFirst)
    {
        var stream = sample.Stream.Name;
        var (district, start, rows, storeSide) = SingleAppendWorkload(store, sample, serializer, count);
        using var insert = floor.CreateCommand();
        insert.CommandText = Insert;
        insert.Parameters.AddWithValue("$tenant", Tenant);
        insert.Parameters.AddWithValue("$kind", stream.Kind);
        insert.Parameters.AddWithValue("$key", stream.Key);
        var version = insert.Parameters.Add("$version", SqliteType.Integer);
        var type = insert.Parameters.Add("$type", SqliteType.Text);
        var schema = insert.Parameters.Add("$schema", SqliteType.Integer);
        var data = insert.Parameters.Add("$data", SqliteType.Text);
        var storedAt = insert.Parameters.Add("$at", SqliteType.Text);
        insert.Prepare();
        var (storeTime, floorTime) = (TimeSpan.Zero, TimeSpan.Zero);
        InOrder(
            floorFirst,
            () => storeTime = Timed(storeSide),
            () => floorTime = Timed(() =>
            {
                for (var i = 0; i < count; i++)
                {
                    using var transaction = floor.BeginTransaction(deferred: false);
                    insert.Transaction = transaction;
                    version.Value = start + i + 1;
                    type.Value = rows[i].Type;
                    schema.Value = rows[i].SchemaVersion;
                    data.Value = rows[i].Data;
                    storedAt.Value = InstantPattern.ExtendedIso.Format(SystemClock.Instance.GetCurrentInstant());
                    insert.ExecuteNonQuery();
                    transaction.Commit();
                }
            }));

        var stored = store.ReadStreamAsync(stream).GetAwaiter().GetResult();
        if (stored.Count != start + count || District.FromHistory(stored.Select(r => r.Event)).CommunityCount != sample.CommunityCount + count)
        {
            throw new InvalidOperationException($"The store's stream {stream} holds {stored.Count:N0} events after {count:N0} single appends to {start:N0}.");
        }

        using var check = floor.CreateCommand();
        check.CommandText = "SELECT count(*) FROM events WHERE stream_kind = $kind AND stream_key = $key;";
        check.Parameters.AddWithValue("$kind", stream.Kind);
        check.Parameters.AddWithValue("$key", stream.Key);
        if ((long)check.ExecuteScalar()! != start + count)
        {
            throw new InvalidOperationException($"The floor's stream {stream} does not hold {start + count:N0} events.");
        }

        return (storeTime, floorTime);
    }

    /// <summary>Community codes not yet taken in <paramref name="sample"/>'s streets, for single appends.</summary>
    /// <summary>
    /// The single-append workload both stores run: the district as the store holds it, its version, the floor's rows
    /// (the same events, raised on a copy of the district and serialized up front), and the store's side, which
    /// establishes one community at a time and saves each.
    /// </summary>
    internal static (District District, long Start, StoredEvent[] Rows, Action StoreSide) SingleAppendWorkload(IEventStore store, District sample, DomainEventSerializer serializer, int count)
    {
        var at = RightsWorkload.Term.Start + Duration.FromDays(1);
        var free = FreeCommunities(sample, count);
        var copy = District.FromHistory(store.ReadStreamAsync(sample.Stream).GetAwaiter().GetResult().Select(r => r.Event));
        var start = copy.Version;
        var rows = new StoredEvent[count];
        for (var i = 0; i < count; i++)
        {
            copy.EstablishCommunity(free[i], "新社区", at);
            rows[i] = serializer.Serialize(copy.DequeuePendingEvents().Single());
        }

        var district = store.LoadAsync(sample.Stream).GetAwaiter().GetResult()!;
        void StoreSide()
        {
            for (var i = 0; i < count; i++)
            {
                district.EstablishCommunity(free[i], "新社区", at);
                store.SaveAsync(district).GetAwaiter().GetResult();
            }
        }

        return (district, start, rows, StoreSide);
    }

    internal static List<AdministrativeCommunityId> FreeCommunities(District sample, int count)
    {
        var free = new List<AdministrativeCommunityId>(count);
        foreach (var street in sample.Streets)
        {
            var taken = sample.CommunitiesOf(street).Select(c => c.ToString()).ToHashSet(StringComparer.Ordinal);
            for (var n = 1; n < 1000 && free.Count < count; n++)
            {
                var code = street.ToString()[..9] + n.ToString("D3", CultureInfo.InvariantCulture);
                if (!taken.Contains(code))
                {
                    free.Add(AdministrativeCommunityId.Parse(code));
                }
            }
        }

        return free.Count < count
            ? throw new InvalidOperationException($"{sample.Name} has room for {free.Count:N0} new communities, not {count:N0}.")
            : free;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "sync")]
    [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
    private static extern void Sync();

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection.ServerVersion;
    }

    private static string DefaultSynchronous()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) switch
        {
            0 => "OFF (0)",
            1 => "NORMAL (1)",
            2 => "FULL (2)",
            3 => "EXTRA (3)",
            var other => other.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string Table(Load load, IReadOnlyList<Figures> runs, IReadOnlyList<PostgresStorage.Figures> pg, string title)
    {
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        double Ms(Func<Figures, TimeSpan> of) => Median(runs.Select(r => of(r).TotalMilliseconds));
        string Range(Func<Figures, double> ratio) => runs.Count == 1
            ? string.Create(CultureInfo.InvariantCulture, $"{ratio(runs[0]):F2}×")
            : string.Create(CultureInfo.InvariantCulture, $"{Median(runs.Select(ratio)):F2}× ({runs.Min(ratio):F2}–{runs.Max(ratio):F2})");
        static string Met(bool met) => met ? "met" : "**not met**";

        var serialize = Ms(r => r.Serialize);
        var storeAppend = Ms(r => r.StoreAppend);
        var floorAppend = Ms(r => r.FloorAppend);
        var appendRatio = Median(runs.Select(r => r.StoreAppend / r.FloorSerializeAndAppend));
        var rebuildRatio = Median(runs.Select(r => r.StoreRebuild / r.FloorRebuild));
        var feedRate = Median(runs.Select(r => r.FeedEvents / r.StoreFeed.TotalSeconds));
        var floorFeedRate = Median(runs.Select(r => r.FeedEvents / r.FloorFeed.TotalSeconds));
        var singleRate = Median(runs.Select(r => r.SingleAppends / r.StoreSingle.TotalSeconds));
        var floorSingleRate = Median(runs.Select(r => r.SingleAppends / r.FloorSingle.TotalSeconds));
        string Pg(Func<IReadOnlyList<PostgresStorage.Figures>, string> cell) => pg.Count == 0 ? "not measured this run (no server)" : cell(pg);
        double PgMs(Func<PostgresStorage.Figures, TimeSpan> of) => Median(pg.Select(r => of(r).TotalMilliseconds));
        string PgRange(Func<PostgresStorage.Figures, double> ratio) => pg.Count == 1
            ? string.Create(CultureInfo.InvariantCulture, $"{ratio(pg[0]):F2}×")
            : string.Create(CultureInfo.InvariantCulture, $"{Median(pg.Select(ratio)):F2}× ({pg.Min(ratio):F2}–{pg.Max(ratio):F2})");
        string PgRatio(string store, string floor, Func<PostgresStorage.Figures, double> ratio, double? target = null) => Pg(_ => string.Create(
            CultureInfo.InvariantCulture,
            $"{store} vs {floor}: {PgRange(ratio)}{(target is { } t ? $" — ≤ {t:0.#}× {Met(Median(pg.Select(ratio)) <= t)}" : string.Empty)}"));
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"### storage, {title}: {load.Streams.Count:N0} streams, {load.Events:N0} events"),
            "| workload | SQLite store | floor: raw Microsoft.Data.Sqlite, same rows | store ÷ floor | target | PostgreSQL (Marten) store vs floor: raw Npgsql, same rows |",
            "|---|---:|---:|---:|---|---|",
            string.Create(CultureInfo.InvariantCulture, $"| 1. batched appends, one per stream, each stream serialized before its transaction on both sides (headline) | {storeAppend:N0} ms | {Ms(r => r.FloorSerializeAndAppend):N0} ms | {Range(r => r.StoreAppend / r.FloorSerializeAndAppend)} | ≤ 1.5× — {Met(appendRatio <= 1.5)} | {PgRatio($"{PgMs(r => r.StoreAppend):N0} ms", $"binary COPY {PgMs(r => r.FloorSerializeAndCopy):N0} ms", r => r.StoreAppend / r.FloorSerializeAndCopy, 1.5)} |"),
            string.Create(CultureInfo.InvariantCulture, $"| 1. the same against the bare inserts (rows serialized once up front, untimed) | {storeAppend:N0} ms | {floorAppend:N0} ms | {Range(r => r.StoreAppend / r.FloorAppend)} | | {PgRatio($"{PgMs(r => r.StoreAppend):N0} ms", $"bare COPY {PgMs(r => r.FloorCopy):N0} ms", r => r.StoreAppend / r.FloorCopy)} |"),
            string.Create(CultureInfo.InvariantCulture, $"| 1. the same against bare inserts + the up-front serialization ({serialize:N0} ms, every row kept) | {storeAppend:N0} ms | {floorAppend + serialize:N0} ms | {Range(r => r.StoreAppend / (r.FloorAppend + r.Serialize))} | | {PgRatio($"{PgMs(r => r.StoreAppend):N0} ms", $"{PgMs(r => r.FloorCopy + r.Serialize):N0} ms", r => r.StoreAppend / (r.FloorCopy + r.Serialize))} |"),
            string.Create(CultureInfo.InvariantCulture, $"| 1. where PostgreSQL's time goes: Marten's own append (session, Append at the expected version, SaveChangesAsync; the library's configuration, EventAppendMode.Quick) without the store's advisory lock and version read | | | | | {PgRatio($"Marten alone {PgMs(r => r.MartenAppend):N0} ms", $"COPY {PgMs(r => r.FloorSerializeAndCopy):N0} ms", r => r.MartenAppend / r.FloorSerializeAndCopy)}; the store ÷ Marten alone {PgRange(r => r.StoreAppend / r.MartenAppend)} |"),
            string.Create(CultureInfo.InvariantCulture, $"| 1. … and Marten's own append in its Rich mode (an insert per event; the store's mode before this round) | | | | | {PgRatio($"Marten Rich {PgMs(r => r.MartenRichAppend):N0} ms", $"COPY {PgMs(r => r.FloorSerializeAndCopy):N0} ms", r => r.MartenRichAppend / r.FloorSerializeAndCopy)} |"),
            string.Create(CultureInfo.InvariantCulture, $"| 1b. the whole load in one import (ImportAsync) against one transaction of the same rows, each stream serialized just before its rows on both sides (headline for imports) | {Ms(r => r.StoreImport):N0} ms | {Ms(r => r.FloorImport):N0} ms (prepared INSERT, one transaction) | {Range(r => r.StoreImport / r.FloorImport)} | ≤ 1.5× — {Met(Median(runs.Select(r => r.StoreImport / r.FloorImport)) <= 1.5)} | {PgRatio($"{PgMs(r => r.StoreImport):N0} ms", $"one binary COPY in one transaction {PgMs(r => r.FloorImport):N0} ms", r => r.StoreImport / r.FloorImport, 1.5)} |"),
            string.Create(CultureInfo.InvariantCulture, $"| 1b. where PostgreSQL's import time goes: Marten's own bulk import (BulkInsertEventsAsync) without the store's lock and existence check | | | | | {PgRatio($"Marten alone {PgMs(r => r.MartenImport):N0} ms", $"COPY {PgMs(r => r.FloorImport):N0} ms", r => r.MartenImport / r.FloorImport)}; the store ÷ Marten alone {PgRange(r => r.StoreImport / r.MartenImport)} |"),
            string.Create(CultureInfo.InvariantCulture, $"| 2. every aggregate rebuilt: LoadAllAsync per kind (headline) | {Ms(r => r.StoreRebuild):N0} ms | {Ms(r => r.FloorRebuild):N0} ms (SELECT in position order, deserialize, FromHistory) | {Range(r => r.StoreRebuild / r.FloorRebuild)} | ≤ 2× — {Met(rebuildRatio <= 2)} | {PgRatio($"{PgMs(r => r.StoreRebuild):N0} ms", $"SELECT by seq_id + deserialize + FromHistory {PgMs(r => r.FloorRebuild):N0} ms", r => r.StoreRebuild / r.FloorRebuild, 2)} |"),
            string.Create(CultureInfo.InvariantCulture, $"| 2. every aggregate rebuilt: ReadFeedAsync({FeedBatch:N0}) grouped by stream | {Ms(r => r.StoreRebuildFromFeed):N0} ms | {Ms(r => r.FloorRebuild):N0} ms | {Range(r => r.StoreRebuildFromFeed / r.FloorRebuild)} | | not measured (row 3 reads the same feed) |"),
            string.Create(CultureInfo.InvariantCulture, $"| 3. ReadAllAsync catch-up, batches of {FeedBatch:N0} | {feedRate:N0} events/s ({Ms(r => r.StoreFeed):N0} ms) | {floorFeedRate:N0} events/s ({Ms(r => r.FloorFeed):N0} ms) | {Range(r => r.StoreFeed / r.FloorFeed)} (time) | ≥ 100,000 events/s — {Met(feedRate >= 100_000)} | {Pg(p => string.Create(CultureInfo.InvariantCulture, $"{Median(p.Select(r => r.FeedEvents / r.StoreFeed.TotalSeconds)):N0} events/s ({PgMs(r => r.StoreFeed):N0} ms) vs {Median(p.Select(r => r.FeedEvents / r.FloorFeed.TotalSeconds)):N0} events/s raw: {PgRange(r => r.StoreFeed / r.FloorFeed)} in time"))} |"),
            string.Create(CultureInfo.InvariantCulture, $"| 4. single-event appends (SaveAsync, {runs[0].SingleAppends:N0} to one existing stream) | {singleRate:N0} appends/s | {floorSingleRate:N0} appends/s (one transaction each) | {Range(r => r.StoreSingle / r.FloorSingle)} (time) | reported | {Pg(p => string.Create(CultureInfo.InvariantCulture, $"{Median(p.Select(r => r.SingleAppends / r.StoreSingle.TotalSeconds)):N0} appends/s vs {Median(p.Select(r => r.SingleAppends / r.FloorSingle.TotalSeconds)):N0}/s raw INSERT, one transaction each: {PgRange(r => r.StoreSingle / r.FloorSingle)} in time"))} |"),
        };
        return string.Join(Environment.NewLine, lines);
    }
}
