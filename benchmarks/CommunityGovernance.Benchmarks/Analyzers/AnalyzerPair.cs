using System.Globalization;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>
/// The <c>analyzers --pair</c> command: only the no-op baseline and our analyzer, alternated round by round, by the
/// fair method. Twice as many rounds fit in the time of the full run, which is what telling a change to the rules
/// from the machine's noise takes; the full run remains the one whose figures are written down. With
/// <c>CG_ANALYZER_B</c> set to the path of another build's <c>CommunityGovernance.Analyzers.dll</c>, that build runs
/// as a third tool in the same rounds: a change measured against the code before it, in the same process.
/// </summary>
public static class AnalyzerPair
{
    /// <summary>Times <paramref name="rounds"/> rounds of each, after two untimed ones, and prints the ratios.</summary>
    public static int Run(int files, int rounds)
    {
        var load = AnalyzerOverhead.LoadAverage();
        var timings = Measure(files, rounds);
        var noOp = timings[0];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files} files, {rounds} rounds, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load {load} → {AnalyzerOverhead.LoadAverage()}: " +
            $"no-op {noOp.Median:F3} s wall, {noOp.CpuMedian:F3} s CPU"));
        foreach (var ours in timings.Skip(1))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{ours.Tool}: {ours.Median:F3} s wall, {ours.CpuMedian:F3} s CPU; × no-op: wall {ours.Median / noOp.Median:F3} " +
                $"(paired {ours.PairedRatio(noOp):F3}), CPU {ours.CpuMedian / noOp.CpuMedian:F3} (paired {ours.PairedCpuRatio(noOp):F3}), " +
                $"least CPU {ours.CpuMin / noOp.CpuMin:F3}"));
        }

        return 0;
    }

    /// <summary>The rounds of the no-op first, then ours, then the other build's if <c>CG_ANALYZER_B</c> names one.</summary>
    public static IReadOnlyList<Timing> Measure(int files, int rounds)
    {
        var compiler = new CorpusCompiler(VendorCorpus.Generate(files));
        var tools = RoslynTool.All().Where(t => t.Name is RoslynTool.NoOp or RoslynTool.Ours).ToList();
        if (Environment.GetEnvironmentVariable("CG_ANALYZER_B") is { Length: > 0 } other)
        {
            tools.Add(tools[1] with { Name = "B: " + other, Analyzers = [Load(other)] });
        }

        var timings = tools.Select(t => new Timing(t.Name)).ToArray();
        for (var round = -2; round < rounds; round++)
        {
            for (var i = 0; i < tools.Count; i++)
            {
                // Rotating which goes first spreads a drifting load over all alike; the two rounds before 0 are untimed.
                var at = (i + Math.Max(round, 0)) % tools.Count;
                var compilation = compiler.Compile(freshTrees: true);
                if (round < 0)
                {
                    CorpusCompiler.Run(tools[at], compilation);
                }
                else
                {
                    timings[at].Time(() => CorpusCompiler.Run(tools[at], compilation));
                }
            }
        }

        return timings;
    }

    // Its own load context, so that it does not clash with the build this benchmark references; Roslyn itself comes
    // from the default context, as in a compiler host.
    private static DiagnosticAnalyzer Load(string path)
    {
        var context = new AssemblyLoadContext("analyzer B");
        var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(path));
        var type = assembly.GetTypes().Single(t => t.Name == "BoundaryAnalyzer");
        return (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
    }
}
