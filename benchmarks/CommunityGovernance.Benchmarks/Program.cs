using BenchmarkDotNet.Running;
using CommunityGovernance.Benchmarks;

// dotnet run -c Release --project benchmarks/CommunityGovernance.Benchmarks -- <command>
//   all                everything, in one run: the rights check (BenchmarkDotNet), national scale, analyzers, storage, read models
//   --smoke            every workload once on tiny data (CI runs this so the benchmarks cannot rot)
//   national [scope] [--runs N] [--tiered-compilation off|on]
//                      the national-scale run, one child process per scope and run (wenjiang, sichuan, country),
//                      as a batch job: tiered compilation off unless asked for on
//   analyzers [--files 1000] [--rounds 5]
//                      the boundary analyzers' cost and detection on a generated vendor codebase, against
//                      a no-op analyzer, BannedApiAnalyzers, NetArchTest.Rules and ArchUnitNET
//   storage [--scope wenjiang|sichuan|country] [--runs N] [--appends N] [--no-warm-up] [--no-postgres]
//                      the SQLite and Marten (PostgreSQL) event stores against the raw drivers writing and reading
//                      the same rows: batched appends of the scope's aggregates, every aggregate rebuilt, the feed
//                      read, single appends; PostgreSQL on a throwaway cluster, skipped with the reason when none starts
//   readmodels [--scope wenjiang|sichuan|country] [--rounds N] [--appends N]
//                      the read models: rights checks on the live index while 1,000 rights changes a second are
//                      applied (against quiet and the plain index), the lag from an append to a reader seeing it
//                      (in memory and SQLite, woken and polling), every read model catching up against the raw feed
//   cluster [--scope wenjiang|sichuan]... [--workers 16] [--communities N]
//                      commands per second through the aggregates' grains on one silo and on two (this machine,
//                      loopback, Redis membership, Marten on a throwaway PostgreSQL), beside the store's own rate for
//                      the same commands without Orleans; skipped with the reason when a server does not start
//   --filter '*RightsLikeForLike*' --job short --memory --inProcess
//                      the rights check like with like (docs/benchmarks.md §1): latency against dependent reads,
//                      throughput against independent reads, 4 Mi uniform questions, vendor dictionary, ASP.NET Core
//   anything else      BenchmarkDotNet's switcher, e.g. --filter '*'
return args switch
{
    ["all"] => RunAll(),
    ["--smoke", ..] => Smoke.Run(),
    ["national", ..] => NationalScale.Run(args[1..]),
    ["storage", ..] => StorageBenchmark.Run(args[1..]),
    ["readmodels", ..] => ReadModelsBenchmark.Run(args[1..]),
    ["cluster", ..] => ClusterBenchmark.Run(args[1..]),
    ["analyzers", ..] => CommunityGovernance.Benchmarks.Analyzers.AnalyzerOverhead.Run(args[1..]),
    _ => RunBenchmarkDotNet(args),
};

// The five parts one after the other, each with the settings its section of docs/benchmarks.md was measured with.
static int RunAll()
{
    RunBenchmarkDotNet(["--filter", "*RightsCheckBenchmarks*", "--job", "medium", "--memory", "--inProcess"]);
    RunBenchmarkDotNet(["--filter", "*RightsLikeForLikeBenchmarks*", "--job", "short", "--memory", "--inProcess"]);
    var national = NationalScale.Run(["--runs", "3"]);
    var analyzers = national != 0 ? national : CommunityGovernance.Benchmarks.Analyzers.AnalyzerOverhead.Run([]);
    var storage = analyzers != 0 ? analyzers : StorageBenchmark.Run(["--scope", "country", "--runs", "1"]);
    return storage != 0 ? storage : ReadModelsBenchmark.Run(["--scope", "country"]);
}

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(MemoryLatencyBenchmarks).Assembly).Run(args);
    return 0;
}
