using System.Diagnostics;
using System.Runtime;

namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>
/// The rounds of one tool: wall-clock and CPU seconds of the process (all threads) per round, kept in round order
/// so that each round can be compared with the baseline's round run beside it under the same load.
/// </summary>
public sealed class Timing(string tool)
{
    private readonly List<double> _seconds = [];
    private readonly List<double> _cpuSeconds = [];

    /// <summary>The tool timed.</summary>
    public string Tool { get; } = tool;

    /// <summary>Wall-clock seconds of every round, in round order.</summary>
    public IReadOnlyList<double> Seconds => _seconds;

    /// <summary>CPU seconds of every round (all threads of this process), in round order.</summary>
    public IReadOnlyList<double> CpuSeconds => _cpuSeconds;

    /// <summary>The median round.</summary>
    public double Median => MedianOf(_seconds);

    /// <summary>The median round's CPU seconds, over all threads of this process.</summary>
    public double CpuMedian => MedianOf(_cpuSeconds);

    /// <summary>The fastest round.</summary>
    public double Min => _seconds.Min();

    /// <summary>The slowest round.</summary>
    public double Max => _seconds.Max();

    /// <summary>The round that took least CPU: other processes only ever add to it, never take away.</summary>
    public double CpuMin => _cpuSeconds.Min();

    /// <summary>
    /// The median over rounds of this tool's wall time divided by <paramref name="baseline"/>'s in the same round:
    /// both met the same stretch of the machine's load, which a ratio of two medians taken over different rounds
    /// does not ensure.
    /// </summary>
    public double PairedRatio(Timing baseline) => MedianOf(_seconds.Zip(baseline._seconds, (x, y) => x / y).ToList());

    /// <summary>As <see cref="PairedRatio"/>, for CPU seconds.</summary>
    public double PairedCpuRatio(Timing baseline) => MedianOf(_cpuSeconds.Zip(baseline._cpuSeconds, (x, y) => x / y).ToList());

    /// <summary>
    /// Times one round of <paramref name="work"/>. Before the clock starts, every tool alike gets a heap emptied of
    /// earlier rounds' garbage (a full, blocking, compacting collection, finalizers run, and a second collection for
    /// what they freed), so that no round pays for another's allocations or inherits its GC budget.
    /// </summary>
    public T Time<T>(Func<T> work, bool fullCollection = true)
    {
        if (fullCollection)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
        else
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = work();
        _seconds.Add(watch.Elapsed.TotalSeconds);
        process.Refresh();
        _cpuSeconds.Add((process.TotalProcessorTime - cpu).TotalSeconds);
        return result;
    }

    private static double MedianOf(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
