using System.Diagnostics;

namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>The rounds of one tool: median and spread, in seconds.</summary>
public sealed class Timing(string tool)
{
    private readonly List<double> _seconds = [];

    /// <summary>The tool timed.</summary>
    public string Tool { get; } = tool;

    /// <summary>The median round.</summary>
    public double Median
    {
        get
        {
            var sorted = _seconds.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }

    /// <summary>The fastest round.</summary>
    public double Min => _seconds.Min();

    /// <summary>The slowest round.</summary>
    public double Max => _seconds.Max();

    /// <summary>Times one round of <paramref name="work"/>, after a full collection so no round pays for another's garbage.</summary>
    public T Time<T>(Func<T> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        var result = work();
        _seconds.Add(watch.Elapsed.TotalSeconds);
        return result;
    }
}
