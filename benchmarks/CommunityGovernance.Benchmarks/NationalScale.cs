using System.Diagnostics;
using System.Globalization;

namespace CommunityGovernance.Benchmarks;

/// <summary>
/// Loads the administrative divisions of a scope (Wenjiang, Sichuan, the whole country) and times each phase,
/// beside the floor of reading the same rows into plain records and a plain tree. Each scope runs in its own
/// process so that its peak memory is its own.
/// </summary>
public static class NationalScale
{
    public sealed record Result(string Scope, int Rows, int Communities, IReadOnlyList<(string Phase, TimeSpan Time)> Phases, long PeakBytes);

    public static int Run(string[] args)
    {
        if (args is ["--child", var childScope])
        {
            var rows = Time(() => DivisionRows.ReadDatabase(DivisionRows.DatabasePath(), DivisionRows.Scopes[childScope]), out var read);
            var result = Measure(childScope, rows);
            Print(result with { Phases = [("floor: read rows (Microsoft.Data.Sqlite)", read), .. result.Phases] });
            return 0;
        }

        var scopes = args.Length == 0 ? DivisionRows.Scopes.Keys.ToArray() : args;
        foreach (var scope in scopes)
        {
            using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["national", "--child", scope])
            {
                UseShellExecute = false,
            })!;
            child.WaitForExit();
            if (child.ExitCode != 0)
            {
                return child.ExitCode;
            }
        }

        return 0;
    }

    public static Result Measure(string scope, List<DivisionRow> rows)
    {
        var phases = new List<(string, TimeSpan)>();
        var tree = Time(() => DivisionRows.PlainTree(rows), out var plain);
        phases.Add(("floor: plain tree", plain));
        GC.KeepAlive(tree);

        var communities = rows.Count(r => r.Level == "community");
        return new Result(scope, rows.Count, communities, phases, Process.GetCurrentProcess().PeakWorkingSet64);
    }

    private static void Print(Result result)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## {result.Scope}: {result.Rows:N0} rows, {result.Communities:N0} communities, peak working set {result.PeakBytes / (1024.0 * 1024):N0} MiB"));
        foreach (var (phase, time) in result.Phases)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {phase} | {time.TotalMilliseconds:N0} ms |"));
        }
    }

    private static T Time<T>(Func<T> work, out TimeSpan elapsed)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        elapsed = watch.Elapsed;
        return result;
    }
}
