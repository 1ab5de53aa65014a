using System.Globalization;
using Microsoft.CodeAnalysis;

namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>
/// The <c>analyzers</c> command (issue 8, part 3): the cost of our boundary analyzers on a generated vendor codebase,
/// against plain compilation, a no-op analyzer and BannedApiAnalyzers, with NetArchTest.Rules and ArchUnitNET
/// checking the equivalent dependency rule on the compiled assembly; and what each tool finds.
/// </summary>
/// <remarks>
/// dotnet run -c Release --project benchmarks/CommunityGovernance.Benchmarks -- analyzers [--files 1000] [--rounds 5] [--method old] [--pair]
/// </remarks>
public static class AnalyzerOverhead
{
    /// <summary>Runs the command and prints its tables.</summary>
    public static int Run(string[] args)
    {
        var files = Option(args, "--files", 1000);
        var rounds = Option(args, "--rounds", 5);
        if (args.Contains("--pair"))
        {
            // Always by the fair method; --method does not apply.
            return AnalyzerPair.Run(files, rounds);
        }

        var methodAt = Array.IndexOf(args, "--method");
        var method = methodAt >= 0 && methodAt + 1 < args.Length && args[methodAt + 1] == "old" ? MeasureMethod.Old : MeasureMethod.Fair;
        Console.WriteLine($"analyzers: {files} files, {rounds} rounds, method {method}, {Environment.ProcessorCount} cores, " +
                          $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, load {LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        var run = Measure(files, rounds, warmUp: true, method);
        Console.WriteLine(AnalyzerReport.Markdown(run));
        Console.WriteLine($"load at the end: {LoadAverage()}");
        return 0;
    }

    /// <summary>Generates the corpus, times every tool over <paramref name="rounds"/> interleaved rounds and scores them.</summary>
    public static AnalyzerRun Measure(int files, int rounds, bool warmUp) => Measure(files, rounds, warmUp, MeasureMethod.Fair);

    /// <summary>As <see cref="Measure(int, int, bool)"/>, by the given method (the old one is kept to compare figures).</summary>
    public static AnalyzerRun Measure(int files, int rounds, bool warmUp, MeasureMethod method)
    {
        var fair = method == MeasureMethod.Fair;
        var corpus = VendorCorpus.Generate(files);
        var compiler = new CorpusCompiler(corpus);
        var roslynTools = RoslynTool.All();

        var folder = Directory.CreateTempSubdirectory("cg-analyzer-bench-").FullName;
        var assembly = Path.Combine(folder, "Vendor.Corpus.dll");
        compiler.Emit(assembly);

        if (warmUp)
        {
            // JIT the compiler, every analyzer and the IL tools on a small corpus before anything is timed.
            var small = new CorpusCompiler(VendorCorpus.Generate(20));
            var smallAssembly = Path.Combine(folder, "Vendor.Corpus.WarmUp.dll");
            small.Emit(smallAssembly);
            foreach (var tool in roslynTools)
            {
                small.Run(tool);
            }

            foreach (var (_, check) in IlTools.All)
            {
                check(smallAssembly);
            }

            // The 20 files leave much of the compiler, the driver and each analyzer in tier-0 or instrumented code,
            // and the first rounds on the full corpus paid for the rest of the JIT (measured: the first two rounds of
            // every tool took 3–5 s instead of about 1): two untimed full rounds level that for every tool.
            for (var round = 0; fair && round < 2; round++)
            {
                foreach (var tool in roslynTools)
                {
                    CorpusCompiler.Run(tool, compiler.Compile(freshTrees: true));
                }

                foreach (var (_, check) in IlTools.All)
                {
                    check(assembly);
                }
            }
        }

        var timings = roslynTools.Select(t => new Timing(t.Name)).Concat(IlTools.All.Select(t => new Timing(t.Name))).ToArray();
        var diagnostics = new Dictionary<string, IReadOnlyList<Diagnostic>>();
        var failing = new Dictionary<string, IReadOnlySet<string>>();
        for (var round = 0; round < rounds; round++)
        {
            // Rotating the order spreads the machine's changing load over all tools alike.
            for (var i = 0; i < roslynTools.Count; i++)
            {
                var tool = roslynTools[(i + round) % roslynTools.Count];
                var compilation = compiler.Compile(freshTrees: fair);
                diagnostics[tool.Name] = timings.First(t => t.Tool == tool.Name).Time(() => CorpusCompiler.Run(tool, compilation), fullCollection: fair);
            }

            foreach (var (name, check) in IlTools.All)
            {
                failing[name] = timings.First(t => t.Tool == name).Time(() => check(assembly), fullCollection: fair);
            }
        }

        var compilerErrors = diagnostics[RoslynTool.Plain].Count(d => d.Severity == DiagnosticSeverity.Error);
        if (compilerErrors > 0)
        {
            throw new InvalidOperationException($"the generated corpus has {compilerErrors} compiler errors");
        }

        // The baseline reports nothing by construction: timed, not scored.
        var detections = roslynTools.Where(t => t.Name is not (RoslynTool.Plain or RoslynTool.NoOp))
            .Select(t => Detection.OfDiagnostics(t.Name, corpus, diagnostics[t.Name]))
            .Concat(IlTools.All.Select(t => Detection.OfTypes(t.Name, corpus, failing[t.Name])))
            .ToArray();
        return new AnalyzerRun(files, corpus.Sum(f => f.LineKinds.Length), rounds, method, timings, detections);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>The load average of the last 1, 5 and 15 minutes, where the system tells it.</summary>
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}

/// <summary>The figures of one run.</summary>
public sealed record AnalyzerRun(int Files, int Lines, int Rounds, MeasureMethod Method, IReadOnlyList<Timing> Timings, IReadOnlyList<Detection> Detections)
{
    /// <summary>The detection of one tool, by name.</summary>
    public Detection Of(string tool) => Detections.Single(d => d.Tool == tool);

    /// <summary>The timing of one tool, by name.</summary>
    public Timing TimeOf(string tool) => Timings.Single(t => t.Tool == tool);
}

/// <summary>How the compiler-based tools are timed.</summary>
public enum MeasureMethod
{
    /// <summary>
    /// Every tool alike: a full-corpus untimed round after the small warm-up (so no tool pays for another's JIT),
    /// trees parsed anew for every run (so none finds another's realized syntax), and a full compacting collection
    /// with finalizers before every timed run.
    /// </summary>
    Fair,

    /// <summary>
    /// The method of the figures before 2026-12-01 04:30 UTC: a 20-file warm-up only, the corpus parsed once and
    /// its trees shared by every run, and a plain collection before each; kept to show the two side by side.
    /// </summary>
    Old,
}
