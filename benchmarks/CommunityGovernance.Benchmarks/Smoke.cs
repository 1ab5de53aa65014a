namespace CommunityGovernance.Benchmarks;

/// <summary>Runs every workload once on tiny data, checking results, so that a broken benchmark fails CI.</summary>
public static class Smoke
{
    public static int Run()
    {
        var latency = new MemoryLatencyBenchmarks { Entries = 4096 };
        latency.Setup();
        Check(latency.RandomAccess() is >= 0 and < 4096, "memory latency walks inside its cycle");

        var rows = DivisionRows.ReadWenjiangCsv();
        Check(rows.Count == 105, "the Wenjiang extract has 1 district, 9 streets and 95 communities");
        Check(DivisionRows.PlainTree(rows)["510115"].Count == 9, "the plain tree puts 9 streets under Wenjiang");

        var rights = new Rights.RightsCheckBenchmarks { Workload = "district" };
        rights.Setup();
        Check(rights.Library() > 0 && rights.PlainDictionary() > 0, "the rights checks allow some questions (the setup checked all ways agree)");
        Check(rights.AspNetCore() >= 0 && rights.AspNetCoreLibraryHandler() >= 0 && rights.Reference() >= 0 && rights.RandomMemoryAccess() >= 0, "the compared checks run");
        rights.Cleanup();

        // Like with like on a small question set: the setup checks that every way agrees on every question.
        var likeForLike = new Rights.RightsLikeForLikeBenchmarks { Workload = "district", Questions = 4096 };
        likeForLike.Setup();
        Check(likeForLike.AllowedShare is > 0.05 and < 0.95, "uniform questions over every holder are some allowed, some refused");
        Check(likeForLike.LatencyLibraryIdMade() >= 0 && likeForLike.LatencyLibrary() >= 0 && likeForLike.LatencyVendor() >= 0 && likeForLike.LatencyFloor() >= 0 && likeForLike.LatencyHarness() >= 0, "the dependent checks run");
        Check(likeForLike.ThroughputLibraryIdMade() >= 0 && likeForLike.ThroughputLibrary() >= 0, "the independent checks run");
        Check(likeForLike.ThroughputVendorText() >= 0 && likeForLike.ThroughputVendorActorId() >= 0 && likeForLike.ThroughputFloor() >= 0 && likeForLike.ThroughputHarness() >= 0, "the vendor baselines, the harness and the floor run");
        Check(likeForLike.AspNetCoreLibraryHandler() >= 0 && likeForLike.AspNetCoreFrameworkAlone() == Rights.RightsLikeForLikeBenchmarks.Batch, "the framework-alone handler allows every question");
        likeForLike.Cleanup();

        var national = NationalScale.Measure("wenjiang", rows);
        Check(national.Communities == 95, "the national-scale phases load Wenjiang's 95 communities");

        // Every storage workload once on Wenjiang, store and raw floor side by side; Measure throws unless both read
        // back every aggregate, event, community and right that was written.
        var load = StorageBenchmark.Prepare(rows);
        Check(load.Districts == 1 && load.Trees == 1 && load.Communities == 95 && load.Rights == 105, "the storage load holds Wenjiang's district and its rights tree");
        var storage = StorageBenchmark.Measure(load, singles: 10, run: 0);
        Check(storage.FeedEvents == load.Events && storage.SingleAppends == 10, "the storage workloads read the whole feed and append one event at a time");

        // The same on PostgreSQL (Marten against raw Npgsql) when a throwaway cluster can be started here; CI's smoke
        // has no server binaries, and the skip is printed with its reason.
        using (var server = StorageBenchmark.StartPostgres())
        {
            if (server is not null)
            {
                var onPostgres = PostgresStorage.Measure(server, load, singles: 10, run: 0);
                Check(onPostgres.FeedEvents == load.Events && onPostgres.SingleAppends == 10, "the PostgreSQL storage workloads read the whole feed and append one event at a time");
            }
        }

        // The read models once on Wenjiang, no timing checked: the live index agrees with the plain one and takes the
        // writer's changes; every appended delegation is seen (woken and polling, in memory and on SQLite); the runner
        // catches every read model up to the end of the feed.
        var live = ReadModelsBenchmark.MeasureLive(rows, rounds: 1, roundSeconds: 0.05, warmUp: false);
        Check(live.ChangesApplied > 0 && live.Quiet.Count == 1 && live.Writes.Count == 1, "the live index is checked quiet and while a writer applies rights changes");
        var (catchUp, sqliteLag) = ReadModelsBenchmark.MeasureOnSqlite(load, runs: 1, appends: 10);
        Check(catchUp.Raw.Count == 1 && catchUp.Runner.Count == 1 && sqliteLag.Length == 2 && sqliteLag.All(l => l.Microseconds.Length == 10), "every read model catches up on SQLite, and each append is seen");

        // The cluster workload once on a few Wenjiang chains, one silo and the store alone, when both servers start here;
        // each run checks that every command appended its one event.
        using (var servers = ClusterBenchmark.Servers.Start())
        {
            if (servers is not null)
            {
                var chains = ClusterBenchmark.Chains(rows, communities: 10);
                var onCluster = ClusterBenchmark.MeasureAsync(servers, chains, silos: 1, workers: 4).GetAwaiter().GetResult();
                var alone = ClusterBenchmark.MeasureStoreAsync(servers, chains, workers: 4).GetAwaiter().GetResult();
                Check(onCluster.Commands == 29 && onCluster.Refused == 0 && alone.Refused == 0, "the cluster workload runs 9 grants and 10 demands raised and accepted, none refused");
            }
        }

        // Correctness, not timing: on a tiny corpus our analyzers find every planted kind and flag nothing legitimate.
        var analyzers = Analyzers.AnalyzerOverhead.Measure(files: 30, rounds: 1, warmUp: false).Of(Analyzers.RoslynTool.Ours);
        Check(analyzers.PlantedTotal == Analyzers.PlantedKinds.Violations.Length, "the tiny analyzer corpus plants one violation of every kind");
        Check(analyzers.FoundTotal == analyzers.PlantedTotal, "our analyzers find every planted violation");
        Check(analyzers.FalsePositiveTotal == 0, "our analyzers flag no legitimate use");
        var pair = Analyzers.AnalyzerPair.Measure(files: 20, rounds: 1);
        Check(pair.Count >= 2 && pair.All(t => t.Seconds.Count == 1 && t.CpuSeconds.Count == 1), "the no-op and our analyzer are timed side by side, a round each");

        Console.WriteLine("smoke: every benchmark workload ran");
        return 0;
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"smoke check failed: {what}");
        }
    }
}
