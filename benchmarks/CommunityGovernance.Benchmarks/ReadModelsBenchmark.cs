using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CommunityGovernance.Actors;
using CommunityGovernance.Benchmarks.Rights;
using CommunityGovernance.Communities.Crossings.ReadModels;
using CommunityGovernance.Demands.ReadModels;
using CommunityGovernance.Kernel;
using CommunityGovernance.Programmes.ReadModels;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.PersonalData;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace CommunityGovernance.Benchmarks;

/// <summary>
/// The read models (issue 21): the live rights index checked while rights change, the lag from an append to a reader
/// seeing it, and every read model catching up over the whole scope's events against the raw feed of the same store.
/// </summary>
public static class ReadModelsBenchmark
{
    private const int Questions = 1 << 16;
    private const int Batch = RightsCheckBenchmarks.Batch;
    private const int ChangesPerSecond = 1_000;
    private const int WriterBatchMilliseconds = 10;

    private static readonly Instant AskedAt = RightsWorkload.Term.Start + Duration.FromDays(100);
    private static long _clock;

    /// <summary>Part 1: nanoseconds per check, one entry per round, and what the writer did.</summary>
    public sealed record LiveFigures(int Rights, List<double> Plain, List<double> Quiet, List<double> Writes, long LiveChecks, long LiveBytes, int ChangesApplied, double WriterSeconds, TimeSpan Fill);

    /// <summary>Part 2: the lag of every append, in microseconds, and the rate the appends were made at.</summary>
    public sealed record LagFigures(string Store, string Mode, double[] Microseconds, double AppendsPerSecond);

    /// <summary>Part 3: events per second, one entry per round.</summary>
    public sealed record CatchUpFigures(int Events, List<double> Raw, List<double> Runner, List<double> RunnerNoReadAhead, List<double> RunnerNoOp, List<double> RunnerRightsOnly);

    public static int Run(string[] args)
    {
        var scope = "country";
        var rounds = 9;
        var appends = 3_000;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--scope" when i + 1 < args.Length:
                    scope = args[++i];
                    break;
                case "--rounds" when i + 1 < args.Length:
                    rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--appends" when i + 1 < args.Length:
                    appends = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"readmodels takes [--scope wenjiang|sichuan|country] [--rounds N] [--appends N], not '{args[i]}'.");
            }
        }

        if (!DivisionRows.Scopes.TryGetValue(scope, out var prefix))
        {
            throw new ArgumentException($"Unknown scope '{scope}': wenjiang, sichuan or country.");
        }

        Console.WriteLine(Invariant($"readmodels: scope {scope}, {rounds} rounds, {appends:N0} appends per lag mode, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, load {Analyzers.AnalyzerOverhead.LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC"));
        var rows = scope == "wenjiang" ? DivisionRows.ReadWenjiangCsv() : DivisionRows.ReadDatabase(DivisionRows.DatabasePath(), prefix);

        // 1. The live index under writes.
        var live = MeasureLive(rows, rounds, roundSeconds: 1.0, warmUp: true);
        Console.WriteLine(LiveTable(live));
        Console.WriteLine(Invariant($"part 1 done, load {Analyzers.AnalyzerOverhead.LoadAverage()}, {DateTime.UtcNow:HH:mm:ss} UTC"));

        // 3 and 2 on SQLite, then 2 in memory.
        var load = StorageBenchmark.Prepare(rows);
        var (catchUp, sqliteLag) = MeasureOnSqlite(load, runs: 3, appends);
        Console.WriteLine(CatchUpTable(catchUp));
        var memoryLag = MeasureInMemory(load, appends);
        Console.WriteLine(LagTable([.. memoryLag, .. sqliteLag]));
        Console.WriteLine(Invariant($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):N0} MiB; load at the end {Analyzers.AnalyzerOverhead.LoadAverage()}, {DateTime.UtcNow:HH:mm:ss} UTC"));
        return 0;
    }

    // ---------------------------------------------------------------- 1. checks while rights change

    /// <summary>
    /// Builds the scope's rights workload into a plain index and a live one (fed as recorded events in batches of 512),
    /// then times the same question loop as the rights-check benchmark on the plain index, the live index with nothing
    /// applied, and the live index while a writer thread applies 1,000 delegations and revocations a second in
    /// batches of ten every 10 ms; the three conditions alternate within every round, their order rotating.
    /// </summary>
    public static LiveFigures MeasureLive(List<DivisionRow> rows, int rounds, double roundSeconds, bool warmUp)
    {
        var workload = RightsWorkload.Build(rows, Questions, seed: 20261201, keepPending: true);
        var questions = workload.Questions;
        var recorded = new List<RecordedEvent>(workload.Rights);
        var events = new List<DomainEvent>(workload.Rights);
        var position = 0L;
        foreach (var tree in workload.Trees)
        {
            var version = 0L;
            foreach (var e in tree.DequeuePendingEvents())
            {
                recorded.Add(new RecordedEvent(++position, tree.Stream, ++version, RightsWorkload.Term.Start, e));
                events.Add(e);
            }
        }

        var plain = GovernanceRightsIndex.Build(events, workload.Rights);
        var totalSeconds = (rounds + (warmUp ? 1 : 0)) * roundSeconds;
        var changes = Changes(workload.Trees, (int)Math.Ceiling(totalSeconds * ChangesPerSecond * 1.25) + 100, ref position);
        var index = new LiveGovernanceRightsIndex(workload.Rights + changes.Sum(b => b.Length));
        var fill = Stopwatch.StartNew();
        for (var start = 0; start < recorded.Count; start += 512)
        {
            index.ApplyAsync(recorded.GetRange(start, Math.Min(512, recorded.Count - start)), default).GetAwaiter().GetResult();
        }

        fill.Stop();
        for (var k = 0; k < Math.Min(4096, questions.Length); k++)
        {
            var q = questions[k];
            if (plain.MayExercise(q.Actor, q.Power, q.Unit, q.At) != index.MayExercise(q.Actor, q.Power, q.Unit, q.At))
            {
                throw new InvalidOperationException($"The live and plain indexes disagree on question {k}: {q}.");
            }
        }

        var writer = new Writer(index, changes);
        var (plainNs, quietNs, writesNs) = (new List<double>(), new List<double>(), new List<double>());
        var (liveChecks, liveBytes) = (0L, 0L);
        var next = 0;
        for (var round = warmUp ? -1 : 0; round < rounds; round++)
        {
            for (var c = 0; c < 3; c++)
            {
                var condition = (c + Math.Max(round, 0)) % 3;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                if (condition == 2)
                {
                    writer.Start();
                }

                var before = GC.GetAllocatedBytesForCurrentThread();
                var (checks, elapsed) = condition == 0
                    ? Loop(new PlainCheck(plain), questions, roundSeconds, ref next)
                    : Loop(new LiveCheck(index), questions, roundSeconds, ref next);
                var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                if (condition == 2)
                {
                    writer.Stop();
                }

                if (round < 0)
                {
                    continue;
                }

                var ns = elapsed.TotalNanoseconds / checks;
                (condition == 0 ? plainNs : condition == 1 ? quietNs : writesNs).Add(ns);
                if (condition != 0)
                {
                    liveChecks += checks;
                    liveBytes += bytes;
                }
            }
        }

        if (writer.Applied == 0)
        {
            throw new InvalidOperationException("The writer applied no rights change.");
        }

        // The changes applied are visible: the newest applied delegation (or its revocation) is at the index's position.
        if (index.Position != writer.LastPosition)
        {
            throw new InvalidOperationException($"The live index is at {index.Position:N0}; the writer's last change is at {writer.LastPosition:N0}.");
        }

        return new LiveFigures(workload.Rights, plainNs, quietNs, writesNs, liveChecks, liveBytes, writer.Applied, writer.Seconds, fill.Elapsed);
    }

    // The same loop as RightsCheckBenchmarks.Library: batches of 1,024 questions, taken in order around the set. The
    // index is a struct type argument, so each kind of index gets its own compiled loop with the check inlined.
    private static (long Checks, TimeSpan Elapsed) Loop<TIndex>(TIndex index, RightsQuestion[] questions, double seconds, ref int next)
        where TIndex : struct, ICheck
    {
        var until = (long)(seconds * Stopwatch.Frequency);
        var checks = 0L;
        var allowed = 0;
        var start = Stopwatch.GetTimestamp();
        long now;
        do
        {
            for (var i = 0; i < Batch; i++)
            {
                ref readonly var q = ref questions[(next + i) & (Questions - 1)];
                allowed += index.MayExercise(q) ? 1 : 0;
            }

            next = (next + Batch) & (Questions - 1);
            checks += Batch;
            now = Stopwatch.GetTimestamp();
        }
        while (now - start < until);
        GC.KeepAlive(allowed);
        return (checks, Stopwatch.GetElapsedTime(start, now));
    }

    private interface ICheck
    {
        bool MayExercise(in RightsQuestion q);
    }

    private readonly struct PlainCheck(GovernanceRightsIndex index) : ICheck
    {
        public bool MayExercise(in RightsQuestion q) => index.MayExercise(q.Actor, q.Power, q.Unit, q.At);
    }

    private readonly struct LiveCheck(LiveGovernanceRightsIndex index) : ICheck
    {
        public bool MayExercise(in RightsQuestion q) => index.MayExercise(q.Actor, q.Power, q.Unit, q.At);
    }

    // Rights changes on existing trees, made beforehand and recorded in batches of ten (10 ms of 1,000 a second): a
    // residents' committee delegates to a new actor over its community, and the delegation before is revoked, in turn.
    private static List<RecordedEvent[]> Changes(List<GovernanceRight> trees, int count, ref long position)
    {
        var random = new Random(20261207);
        var communityRights = trees.Select(t => t.Rights.Where(r => r.Terms.Powers == RightsWorkload.CommunityPowers).Select(r => r.Id).ToArray()).ToArray();
        var standing = new Queue<(GovernanceRight Tree, GovernanceRightId Id)>();
        var batches = new List<RecordedEvent[]>();
        var batch = new List<RecordedEvent>(ChangesPerSecond * WriterBatchMilliseconds / 1000);
        for (var k = 0; k < count; k++)
        {
            var at = NextInstant();
            GovernanceRight tree;
            if (k % 2 == 1 && standing.Count > 0)
            {
                var (revokedTree, id) = standing.Dequeue();
                tree = revokedTree;
                tree.Revoke(id, at);
            }
            else
            {
                var t = random.Next(trees.Count);
                while (communityRights[t].Length == 0)
                {
                    t = random.Next(trees.Count);
                }

                tree = trees[t];
                var from = tree.Find(communityRights[t][random.Next(communityRights[t].Length)])!;
                var id = new GovernanceRightId(Invariant($"w{k}"));
                var holder = new ActorId(Invariant($"w{k}"));
                tree.Delegate(from.Id, id, new RightTerms(holder, RightsWorkload.CommunityPowers, from.Terms.Scope, RightsWorkload.Term), Existing.Of(from.Terms.Scope, holder, at), at);
                standing.Enqueue((tree, id));
            }

            var pending = tree.DequeuePendingEvents();
            var version = tree.Version - pending.Count;
            foreach (var e in pending)
            {
                batch.Add(new RecordedEvent(++position, tree.Stream, ++version, at, e));
            }

            if (batch.Count >= ChangesPerSecond * WriterBatchMilliseconds / 1000)
            {
                batches.Add([.. batch]);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            batches.Add([.. batch]);
        }

        return batches;
    }

    private static Instant NextInstant() => RightsWorkload.Term.Start + Duration.FromMilliseconds(Interlocked.Increment(ref _clock));

    // A thread applying the prepared batches to the live index at 1,000 changes a second: every few milliseconds it
    // applies the batches due by the clock since it started (one every 10 ms), as a runner would hand them over.
    private sealed class Writer(LiveGovernanceRightsIndex index, List<RecordedEvent[]> batches)
    {
        private Thread? _thread;
        private volatile bool _stop;
        private int _next;

        public int Applied { get; private set; }

        public long LastPosition { get; private set; }

        public double Seconds { get; private set; }

        public void Start()
        {
            _stop = false;
            _thread = new Thread(Work) { IsBackground = true, Name = "rights writer" };
            _thread.Start();
        }

        public void Stop()
        {
            _stop = true;
            _thread!.Join();
        }

        private void Work()
        {
            var start = Stopwatch.GetTimestamp();
            var done = 0;
            while (!_stop)
            {
                var due = (int)(Stopwatch.GetElapsedTime(start).TotalMilliseconds / WriterBatchMilliseconds);
                for (; done < due && _next < batches.Count; done++)
                {
                    var batch = batches[_next++];
                    index.ApplyAsync(batch, default).GetAwaiter().GetResult();
                    Applied += batch.Length;
                    LastPosition = batch[^1].Position;
                }

                Thread.Sleep(2);
            }

            Seconds += Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
    }

    // ---------------------------------------------------------------- 2. lag from append to visible

    /// <summary>
    /// A runner follows the store with the live index (and the other read models); single delegations are appended at
    /// 1,000 a second by one thread, and another thread spins on <c>MayExercise(…, out position)</c> for each in turn,
    /// recording the time from <c>AppendAsync</c> returning to the first answer at a position at or after the append's.
    /// </summary>
    public static async Task<LagFigures[]> MeasureLagAsync(string storeName, IEventStore store, int rights, IReadOnlyList<string> treeKeys, int appends)
    {
        var results = new List<LagFigures>();
        foreach (var wake in new[] { true, false })
        {
            var index = new LiveGovernanceRightsIndex(rights + (2 * appends));
            IProjection[] projections = [index, new ResponseFieldView(), new CrossingsView(), new ProgrammeFulfilmentView()];
            var runner = new ProjectionRunner(store, projections);
            using var stop = new CancellationTokenSource();
            var running = Task.Run(() => runner.RunAsync(stop.Token));
            var end = await LastPositionAsync(store);
            await runner.WaitForAsync(end, TimeSpan.FromMinutes(10));

            var trees = new List<(GovernanceRight Tree, GovernanceRightId[] Communities)>();
            foreach (var key in treeKeys)
            {
                var tree = (await store.LoadAsync(GovernanceRight.StreamOf(new GovernanceRightId(key))))!;
                trees.Add((tree, [.. tree.Rights.Where(r => r.Terms.Powers == RightsWorkload.CommunityPowers && r.RevokedAt is null).Select(r => r.Id)]));
            }

            trees.RemoveAll(t => t.Communities.Length == 0);
            var lags = await LagAsync(store, runner, index, trees, appends, wake, storeName);
            stop.Cancel();
            try
            {
                await running;
            }
            catch (OperationCanceledException)
            {
            }

            if (runner.Statuses.FirstOrDefault(s => s.State == ProjectionState.Failed) is { } failed)
            {
                throw new InvalidOperationException($"The projection {failed.Name} failed: {failed.Failure}");
            }

            results.Add(lags);
        }

        return [.. results];
    }

    private static async Task<LagFigures> LagAsync(IEventStore store, ProjectionRunner runner, LiveGovernanceRightsIndex index, List<(GovernanceRight Tree, GovernanceRightId[] Communities)> trees, int appends, bool wake, string storeName)
    {
        var pending = new ConcurrentQueue<(ActorId Actor, Communities.CommunityUnit Unit, long Position, long Returned)>();
        var lags = new double[appends];
        var appenderDone = false;
        var reader = new Thread(() =>
        {
            var seen = 0;
            while (seen < appends)
            {
                if (!pending.TryPeek(out var p))
                {
                    if (Volatile.Read(ref appenderDone) && pending.IsEmpty)
                    {
                        break;
                    }

                    Thread.Yield();
                    continue;
                }

                var allowed = index.MayExercise(p.Actor, GovernancePower.TaskSetting, p.Unit, AskedAt, out var at);
                if (at >= p.Position)
                {
                    var now = Stopwatch.GetTimestamp();
                    if (!allowed)
                    {
                        throw new InvalidOperationException($"At position {at:N0} the delegation appended at {p.Position:N0} is not seen.");
                    }

                    lags[seen++] = Stopwatch.GetElapsedTime(p.Returned, now).TotalMicroseconds;
                    pending.TryDequeue(out _);
                }
                else if (Stopwatch.GetElapsedTime(p.Returned).TotalMilliseconds < 2)
                {
                    Thread.Yield();   // spinning: a change seen within 2 ms is timed to the microsecond
                }
                else
                {
                    Thread.Sleep(1);  // beyond (a polling runner): to the millisecond, leaving the cores to the appender and the runner
                }
            }
        })
        { IsBackground = true, Name = "lag reader" };
        reader.Start();

        var random = new Random(20261207);
        var mode = wake ? "wake" : "poll";
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < appends; i++)
        {
            // Paced: the i-th append is due i ms after the start.
            while (Stopwatch.GetElapsedTime(start).TotalMilliseconds < i)
            {
                Thread.Sleep(1);
            }

            var (tree, communities) = trees[random.Next(trees.Count)];
            var from = tree.Find(communities[random.Next(communities.Length)])!;
            var name = Invariant($"lag-{storeName.Replace(' ', '-')}-{mode}-{i}");
            var delegatedAt = NextInstant();
            tree.Delegate(from.Id, new GovernanceRightId(name), new RightTerms(new ActorId(name), RightsWorkload.CommunityPowers, from.Terms.Scope, RightsWorkload.Term), Existing.Of(from.Terms.Scope, new ActorId(name), delegatedAt), delegatedAt);
            var result = await store.SaveAsync(tree);
            var returned = Stopwatch.GetTimestamp();
            if (wake)
            {
                runner.Wake();
            }

            pending.Enqueue((new ActorId(name), from.Terms.Scope, result.LastPosition, returned));
        }

        var rate = appends / Stopwatch.GetElapsedTime(start).TotalSeconds;
        Volatile.Write(ref appenderDone, true);
        reader.Join();
        return new LagFigures(storeName, wake ? "Wake() after each append" : "polling only (200 ms)", lags, rate);
    }

    private static async Task<long> LastPositionAsync(IEventStore store)
    {
        var after = 0L;
        while (true)
        {
            var batch = await store.ReadAllAsync(after, 4096);
            if (batch.Count == 0)
            {
                return after;
            }

            after = batch[^1].Position;
        }
    }

    private static LagFigures[] MeasureInMemory(StorageBenchmark.Load load, int appends)
    {
        var store = new InMemoryEventStore();
        foreach (var (stream, events) in load.Streams.Where(s => s.Stream.Kind == GovernanceRight.StreamKind))
        {
            store.AppendAsync(stream, 0, events).GetAwaiter().GetResult();
        }

        return MeasureLagAsync("in memory", store, load.Rights, TreeKeys(load), appends).GetAwaiter().GetResult();
    }

    private static string[] TreeKeys(StorageBenchmark.Load load) =>
        [.. load.Streams.Where(s => s.Stream.Kind == GovernanceRight.StreamKind).Select(s => s.Stream.Key).Take(64)];

    // ---------------------------------------------------------------- 3. catch-up against the raw feed

    /// <summary>
    /// Loads the scope's District and GovernanceRight streams into a SQLite file; times, alternating which goes first,
    /// a plain loop of <c>ReadAllAsync(after, 512)</c> to the end and a runner catching up every read model from 0
    /// (batches of 512, its default); then measures the lag on the same store.
    /// </summary>
    public static (CatchUpFigures CatchUp, LagFigures[] Lag) MeasureOnSqlite(StorageBenchmark.Load load, int runs, int appends)
    {
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "cg-readmodels-" + Guid.NewGuid().ToString("N")));
        try
        {
            var serializer = new DomainEventSerializer(personalDataKeys: new InMemoryPersonalDataKeyStore());
            var store = SqliteEventStore.OpenAsync(new SqliteEventStoreOptions { DataSource = Path.Combine(directory.FullName, "store.db"), Serializer = serializer }).GetAwaiter().GetResult();
            var last = 0L;
            var append = StorageBenchmark.Timed(() =>
            {
                foreach (var (stream, events) in load.Streams)
                {
                    last = store.AppendAsync(stream, 0, events).GetAwaiter().GetResult().LastPosition;
                }
            });
            Console.WriteLine(Invariant($"SQLite store loaded: {load.Events:N0} events in {append.TotalSeconds:N1} s; load {Analyzers.AnalyzerOverhead.LoadAverage()}"));

            var (raw, runner, noReadAhead, noOp, rightsOnly) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
            for (var run = -1; run < runs; run++)
            {
                // The raw loop and every read model alternate which goes first; the breakdown (the runner with a
                // projection that does nothing, with the live index alone) follows.
                var rawFirst = run % 2 == 0;
                for (var side = 0; side < 2; side++)
                {
                    if ((side == 0) == rawFirst)
                    {
                        var count = 0;
                        var t = StorageBenchmark.Timed(() => count = RawFeed(store));
                        if (count != load.Events)
                        {
                            throw new InvalidOperationException($"The raw feed gave {count:N0} events; {load.Events:N0} were written.");
                        }

                        if (run >= 0)
                        {
                            raw.Add(count / t.TotalSeconds);
                        }
                    }
                    else
                    {
                        runner.AddIf(run >= 0, CatchUpEveryReadModel(store, load, last, new ProjectionRunnerOptions()));
                    }
                }

                // The same without reading ahead: what overlapping the store's reads with the applying gains.
                noReadAhead.AddIf(run >= 0, CatchUpEveryReadModel(store, load, last, new ProjectionRunnerOptions { ReadAhead = false }));

                foreach (var (projection, into) in new (Func<IProjection>, List<double>)[] { (() => new NoOpProjection(), noOp), (() => new LiveGovernanceRightsIndex(load.Rights), rightsOnly) })
                {
                    var only = projection();
                    var t = StorageBenchmark.Timed(() => new ProjectionRunner(store, [only]).CatchUpAsync().GetAwaiter().GetResult());
                    if (only.LoadCheckpointAsync(default).AsTask().GetAwaiter().GetResult() != last)
                    {
                        throw new InvalidOperationException($"The runner with {only.Name} alone did not reach the end of the feed.");
                    }

                    if (run >= 0)
                    {
                        into.Add(load.Events / t.TotalSeconds);
                    }
                }

                Console.WriteLine(Invariant($"catch-up {(run < 0 ? "warm-up" : "run " + (run + 1))}: load {Analyzers.AnalyzerOverhead.LoadAverage()}, {DateTime.UtcNow:HH:mm:ss} UTC"));
            }

            var lag = appends > 0 ? MeasureLagAsync("SQLite", store, load.Rights, TreeKeys(load), appends).GetAwaiter().GetResult() : [];
            return (new CatchUpFigures(load.Events, raw, runner, noReadAhead, noOp, rightsOnly), lag);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    // Events a second for a new runner catching up every read model from 0 to the feed's last position.
    private static double CatchUpEveryReadModel(IEventStore store, StorageBenchmark.Load load, long last, ProjectionRunnerOptions options)
    {
        var index = new LiveGovernanceRightsIndex(load.Rights);
        var t = StorageBenchmark.Timed(() => new ProjectionRunner(store, [index, new ResponseFieldView(), new CrossingsView(), new ProgrammeFulfilmentView()], options).CatchUpAsync().GetAwaiter().GetResult());
        if (index.Position != last)
        {
            throw new InvalidOperationException($"The runner caught up to {index.Position:N0}; the feed ends at {last:N0}.");
        }

        return load.Events / t.TotalSeconds;
    }

    private static void AddIf(this List<double> figures, bool timed, double figure)
    {
        if (timed)
        {
            figures.Add(figure);
        }
    }

    // The runner's own cost: a projection that only moves its checkpoint.
    private sealed class NoOpProjection : InMemoryProjection
    {
        public NoOpProjection()
            : base("no-op")
        {
        }

        protected override void When(RecordedEvent recorded)
        {
        }
    }

    private static int RawFeed(IEventStore store)
    {
        var count = 0;
        var after = 0L;
        while (true)
        {
            var batch = store.ReadAllAsync(after, 512).GetAwaiter().GetResult();
            count += batch.Count;
            if (batch.Count < 512)
            {
                return count;
            }

            after = batch[^1].Position;
        }
    }

    // ---------------------------------------------------------------- tables

    private static string LiveTable(LiveFigures f)
    {
        var (plain, quiet, writes) = (Median(f.Plain), Median(f.Quiet), Median(f.Writes));
        return Invariant($"""
            live index, {f.Rights:N0} rights (filled through ApplyAsync in batches of 512 in {f.Fill.TotalMilliseconds:N0} ms); medians of {f.Quiet.Count} rounds (range)
            | check | ns/check | × plain | × quiet |
            |---|---:|---:|---:|
            | plain GovernanceRightsIndex | {plain:N1} ({f.Plain.Min():N1}–{f.Plain.Max():N1}) | 1.00 | |
            | live, quiet | {quiet:N1} ({f.Quiet.Min():N1}–{f.Quiet.Max():N1}) | {quiet / plain:N2} | 1.00 |
            | live, while writing {f.ChangesApplied / f.WriterSeconds:N0} changes/s | {writes:N1} ({f.Writes.Min():N1}–{f.Writes.Max():N1}) | {writes / plain:N2} | {writes / quiet:N2} (rounds: {string.Join(", ", f.Writes.Zip(f.Quiet, (w, q) => (w / q).ToString("N2", CultureInfo.InvariantCulture)))}) |
            live checks {f.LiveChecks:N0}, {f.LiveBytes:N0} B allocated ({(double)f.LiveBytes / f.LiveChecks:N3} B/check); {f.ChangesApplied:N0} changes applied in {f.WriterSeconds:N1} s of writing
            """);
    }

    private static string CatchUpTable(CatchUpFigures f)
    {
        var (raw, runner) = (Median(f.Raw), Median(f.Runner));
        return Invariant($"""
            catch-up over {f.Events:N0} events (SQLite), medians of {f.Raw.Count} runs (range)
            | read | events/s | × raw |
            |---|---:|---:|
            | raw ReadAllAsync(after, 512) loop | {raw:N0} ({f.Raw.Min():N0}–{f.Raw.Max():N0}) | 1.00 |
            | ProjectionRunner.CatchUpAsync: live rights index + response field + crossings + programme fulfilment | {runner:N0} ({f.Runner.Min():N0}–{f.Runner.Max():N0}) | {runner / raw:N2} |
            | … the same without reading ahead (`ReadAhead = false`) | {Median(f.RunnerNoReadAhead):N0} ({f.RunnerNoReadAhead.Min():N0}–{f.RunnerNoReadAhead.Max():N0}) | {Median(f.RunnerNoReadAhead) / raw:N2} |
            | … breakdown: the runner with a no-op projection | {Median(f.RunnerNoOp):N0} ({f.RunnerNoOp.Min():N0}–{f.RunnerNoOp.Max():N0}) | {Median(f.RunnerNoOp) / raw:N2} |
            | … breakdown: the runner with the live rights index alone | {Median(f.RunnerRightsOnly):N0} ({f.RunnerRightsOnly.Min():N0}–{f.RunnerRightsOnly.Max():N0}) | {Median(f.RunnerRightsOnly) / raw:N2} |
            """);
    }

    private static string LagTable(IEnumerable<LagFigures> all) =>
        "| store | runner | appends | appends/s | median | p90 | p99 | max |\n|---|---|---:|---:|---:|---:|---:|---:|\n" + string.Join("\n", all.Select(f =>
        {
            var sorted = f.Microseconds.Order().ToArray();
            return Invariant($"| {f.Store} | {f.Mode} | {sorted.Length:N0} | {f.AppendsPerSecond:N0} | {Micro(Percentile(sorted, 0.5))} | {Micro(Percentile(sorted, 0.9))} | {Micro(Percentile(sorted, 0.99))} | {Micro(sorted[^1])} |");
        }));

    private static string Micro(double us) => us >= 10_000 ? Invariant($"{us / 1000:N0} ms") : us >= 1000 ? Invariant($"{us / 1000:N2} ms") : Invariant($"{us:N0} µs");

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static double Median(List<double> values) => Percentile([.. values.Order()], 0.5);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
