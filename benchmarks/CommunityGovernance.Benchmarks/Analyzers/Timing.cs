using System.Diagnostics;

namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>
/// The rounds of one tool: median and spread of the wall-clock seconds, and the median CPU seconds of the process
/// (all threads), which a machine shared with other builds disturbs far less than the wall clock.
/// </summary>
public sealed class Timing(string tool)
{
    private readonly List<double> _seconds = [];
    private readonly List<double> _cpuSeconds = [];

    /// <summary>The tool timed.</summary>
    public string Tool { get; } = tool;

    /// <summary>The median round.</summary>
    public double Median => MedianOf(_seconds);

    /// <summary>The median round's CPU seconds, over all threads of this process.</summary>
    public double CpuMedian => MedianOf(_cpuSeconds);

    /// <summary>The fastest round.</summary>
    public double Min => _seconds.Min();

    /// <summary>The slowest round.</summary>
    public double Max => _seconds.Max();

    /// <summary>Times one round of <paramref name="work"/>, after a full collection so no round pays for another's garbage.</summary>
    public T Time<T>(Func<T> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = work();
        _seconds.Add(watch.Elapsed.TotalSeconds);
        process.Refresh();
        _cpuSeconds.Add((process.TotalProcessorTime - cpu).TotalSeconds);
        return result;
    }

    private static double MedianOf(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
