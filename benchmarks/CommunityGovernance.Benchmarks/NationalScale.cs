using System.Diagnostics;
using System.Globalization;
using CommunityGovernance.Benchmarks.Rights;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Rights;
using NodaTime;

namespace CommunityGovernance.Benchmarks;

/// <summary>
/// Loads the administrative divisions of a scope (Wenjiang, Sichuan, the whole country) and times each phase,
/// beside the floor of reading the same rows into plain records and a plain tree. Each scope runs in its own
/// process so that its peak memory is its own; <c>--runs N</c> runs each scope N times and ends with the medians.
/// The children run as a batch job would, with tiered compilation off; <c>--tiered-compilation on</c> keeps the
/// runtime's default.
/// </summary>
public static class NationalScale
{
    public sealed record Result(string Scope, int Rows, int Communities, IReadOnlyList<(string Phase, NationalScale.Measured Time)> Phases, long PeakBytes);

    /// <summary>A phase's wall-clock time and, within it, the time the garbage collector paused the process.</summary>
    public readonly record struct Measured(TimeSpan Time, TimeSpan Cpu, TimeSpan GcPause, int Gen0, int Gen1, int Gen2, long Allocated);

    public static int Run(string[] args)
    {
        if (args is ["--child", var childScope])
        {
            using var log = GcLog.FromEnvironment();
            var rows = Time(() => DivisionRows.ReadDatabase(DivisionRows.DatabasePath(), DivisionRows.Scopes[childScope]), out var read);
            var result = Measure(childScope, rows, withVendor: false);

            // After the phases, whose peak working set is already taken: the probe's 32 MiB would otherwise count in a small scope's.
            var fresh = FreshMemory.MillisecondsPerMiB();
            Print(result with { Phases = [("floor: read rows (Microsoft.Data.Sqlite)", read), .. result.Phases] });
            var library = result.Phases.Where(p => p.Phase.StartsWith("library", StringComparison.Ordinal)).Sum(p => p.Time.Time.TotalMilliseconds);
            var tree = result.Phases.Single(p => p.Phase == "floor: plain tree").Time.Time.TotalMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fresh memory on this machine: {fresh:F2} ms per MiB touched the first time (32 MiB, one write a page)"));
            Console.WriteLine(new Totals(read.Time.TotalMilliseconds, tree, library, fresh, 0, result.PeakBytes / (1024.0 * 1024), 0));
            return 0;
        }

        if (args is ["--child-vendor", var vendorScope])
        {
            // The vendor's side alone in a process of its own: the same rows read untimed, then its validated load.
            var rows = DivisionRows.ReadDatabase(DivisionRows.DatabasePath(), DivisionRows.Scopes[vendorScope]);
            var vendor = MeasureVendor(vendorScope, rows);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {vendorScope}, its own process | vendor: the same validation without the library (hierarchy, delegation, audit) | {vendor.Time.TotalMilliseconds:N0} ms | {vendor.Cpu.TotalMilliseconds:N0} ms | {vendor.GcPause.TotalMilliseconds:N0} ms | {vendor.Gen0}/{vendor.Gen1}/{vendor.Gen2} | {vendor.Allocated / (1024.0 * 1024):N0} MiB | peak working set {peak:N0} MiB |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{VendorPrefix}{vendor.Time.TotalMilliseconds:F0} {peak:F0}"));
            return 0;
        }

        var runs = 1;
        var tiered = false;
        var scopes = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--runs" && i + 1 < args.Length)
            {
                runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--tiered-compilation" && i + 1 < args.Length)
            {
                tiered = args[++i] switch
                {
                    "on" => true,
                    "off" => false,
                    var other => throw new ArgumentException($"--tiered-compilation takes on or off, not '{other}'."),
                };
            }
            else
            {
                scopes.Add(args[i]);
            }
        }

        var summary = new List<string>();
        foreach (var scope in scopes.Count == 0 ? DivisionRows.Scopes.Keys : scopes)
        {
            var totals = new List<Totals>();
            for (var run = 0; run < runs; run++)
            {
                // Each side in a process of its own, so that neither runs on a heap, caches or a JIT state the other
                // left; the order alternates run by run (the library first in even runs, the vendor first in odd ones).
                Totals? library = null;
                (double Time, double PeakMiB)? vendor = null;
                foreach (var side in run % 2 == 0 ? new[] { "--child", "--child-vendor" } : ["--child-vendor", "--child"])
                {
                    var exit = RunChild(side, scope, tiered, line =>
                    {
                        if (Totals.TryParse(line, out var parsed))
                        {
                            library = parsed;
                        }
                        else if (line.StartsWith(VendorPrefix, StringComparison.Ordinal))
                        {
                            var parts = line[VendorPrefix.Length..].Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
                            vendor = (parts[0], parts[1]);
                        }
                    });
                    if (exit != 0)
                    {
                        return exit;
                    }
                }

                totals.Add(library!.Value with { Vendor = vendor!.Value.Time, VendorPeakMiB = vendor.Value.PeakMiB });
            }

            summary.Add(Totals.Summary(scope, totals));
        }

        Console.WriteLine();
        Console.WriteLine("| scope | runs | floor: read + plain tree (median) | library phases (median) | library ÷ floor (median, range) | read + library ÷ read + plain tree (median, range) | fresh memory per MiB (median) | read alone (median) | vendor's validated load (median) | library ÷ vendor, read left out, each in its own process (median, range) | the library's peak working set (max) | the vendor's peak working set (max) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        summary.ForEach(Console.WriteLine);
        return 0;
    }

    private const string VendorPrefix = "#vendor ";

    // Runs one side as a child process, echoing its output; a load like this one runs once, as a batch job: with tiered
    // compilation off every method is compiled optimised at its first call, instead of running its first calls (and
    // its loops, until on-stack replacement) unoptimised. Both sides run under the same setting.
    private static int RunChild(string side, string scope, bool tiered, Action<string> onLine)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!, ["national", side, scope])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        start.Environment["DOTNET_TieredCompilation"] = tiered ? "1" : "0";
        using var child = Process.Start(start)!;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            Console.WriteLine(line);
            onLine(line);
        }

        child.WaitForExit();
        return child.ExitCode;
    }

    /// <summary>
    /// One run's sums: the floor (reading the rows, then the plain tree) and the library's phases. Two ratios follow: the
    /// library's phases against the floor, and the whole load (reading included on both sides) against the floor.
    /// </summary>
    private readonly record struct Totals(double Read, double Tree, double Library, double FreshPerMiB, double Vendor, double PeakMiB, double VendorPeakMiB)
    {
        private const string Prefix = "#totals ";

        public double LibraryRatio => Library / (Read + Tree);

        public double WholeRatio => (Read + Library) / (Read + Tree);

        /// <summary>The library's phases against plain vendor code doing the same validation, the read left out of both.</summary>
        public double VendorRatio => Library / Vendor;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Read:F0} {Tree:F0} {Library:F0} {FreshPerMiB:F2} {Vendor:F0} {PeakMiB:F0} {VendorPeakMiB:F0}");

        public static bool TryParse(string line, out Totals totals)
        {
            totals = default;
            if (!line.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return false;
            }

            var parts = line[Prefix.Length..].Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            totals = new Totals(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);
            return true;
        }

        public static string Summary(string scope, List<Totals> runs)
        {
            static double Median(IEnumerable<double> values)
            {
                var sorted = values.Order().ToArray();
                return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
            }

            return string.Create(
                CultureInfo.InvariantCulture,
                $"| {scope} | {runs.Count} | {Median(runs.Select(r => r.Read + r.Tree)):N0} ms | {Median(runs.Select(r => r.Library)):N0} ms | " +
                $"{Median(runs.Select(r => r.LibraryRatio)):F2}× ({runs.Min(r => r.LibraryRatio):F2}–{runs.Max(r => r.LibraryRatio):F2}) | " +
                $"{Median(runs.Select(r => r.WholeRatio)):F2}× ({runs.Min(r => r.WholeRatio):F2}–{runs.Max(r => r.WholeRatio):F2}) | " +
                $"{Median(runs.Select(r => r.FreshPerMiB)):F2} ms | {Median(runs.Select(r => r.Read)):N0} ms | {Median(runs.Select(r => r.Vendor)):N0} ms | " +
                $"{Median(runs.Select(r => r.VendorRatio)):F2}× ({runs.Min(r => r.VendorRatio):F2}–{runs.Max(r => r.VendorRatio):F2}) | {runs.Max(r => r.PeakMiB):N0} MiB | {runs.Max(r => r.VendorPeakMiB):N0} MiB |");
        }
    }

    public static Result Measure(string scope, List<DivisionRow> rows, bool withVendor = true)
    {
        var phases = new List<(string, Measured)>();
        var tree = Time(() => DivisionRows.PlainTree(rows), out var plain);
        phases.Add(("floor: plain tree", plain));
        GC.KeepAlive(tree);
        tree = null;

        GC.Collect();
        var at = RightsWorkload.Term.Start;
        var directory = new CommunityDirectory();
        foreach (var row in rows)
        {
            Existing.Register(directory, RightsWorkload.HolderOf(row), at);
        }

        // The directory learns the units from the District events the hierarchy raises, as its projection would.
        var districts = Time(() => BuildHierarchy(rows, at, directory: directory), out var hierarchy);
        phases.Add(("library: hierarchy (District aggregates, every unit validated)", hierarchy));

        var workload = Time(() => RightsWorkload.Build(rows, questions: 0, seed: 1, known: directory), out var delegation);
        phases.Add(("library: rights granted and delegated district → street → community", delegation));

        var index = Time(() => GovernanceRightsIndex.Build(workload.Events, workload.Rights), out var indexing);
        phases.Add(("library: rights index built from the events", indexing));

        var problems = Time(() => Audit(districts, workload, index, rows), out var audit);
        phases.Add(("library: full invariant audit", audit));
        if (problems != 0)
        {
            throw new InvalidOperationException($"The audit of {scope} found {problems} problems.");
        }

        // The peak so far is the library's load (with the rows both sides read). The national run measures the vendor in
        // a process of its own (--child-vendor); the smoke, here, on a heap emptied of the library's state.
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var communities = districts.Values.Sum(d => d.CommunityCount);
        (districts, workload, index, directory) = (null!, null!, null!, null!);
        if (withVendor)
        {
            GC.Collect();
            phases.Add(("vendor: the same validation without the library (hierarchy, delegation, audit)", MeasureVendor(scope, rows)));
        }

        return new Result(scope, rows.Count, communities, phases, peak);
    }

    // Who holds the rights exists before an import: the vendor has its table of registered organisations, the library
    // its directory of registrations (a projection of the Actor streams). Both are given, untimed; each side checks every
    // holder against its own as it grants and delegates.
    private static Measured MeasureVendor(string scope, List<DivisionRow> rows)
    {
        var registered = rows.Select(r => RightsWorkload.HolderOf(r).Value).ToHashSet(StringComparer.Ordinal);
        var vendorProblems = Time(() => PlainValidatedLoad.Run(rows, registered), out var vendor);
        if (vendorProblems != 0)
        {
            throw new InvalidOperationException($"The vendor's audit of {scope} found {vendorProblems} problems.");
        }

        return vendor;
    }

    /// <summary>
    /// Every district, street and community through the aggregate's own commands. As a vendor's store would, the events
    /// of each parent's run of units (a district's streets, a street's communities) are taken once the run ends; with
    /// <paramref name="keepPending"/> they stay pending, for the storage benchmark to save through an event store.
    /// </summary>
    internal static Dictionary<string, District> BuildHierarchy(List<DivisionRow> rows, Instant at, bool keepPending = false, CommunityDirectory? directory = null)
    {
        var districts = new Dictionary<string, District>(StringComparer.Ordinal);
        var districtOfStreet = new Dictionary<string, District>(StringComparer.Ordinal);
        District? writing = null;
        var parent = string.Empty;
        foreach (var row in rows)
        {
            var district = row.Level switch
            {
                "district" => districts[row.Code] = District.Establish(row.AreaCode(), row.Name, at),
                "street" => districts[row.ParentCode],
                _ => districtOfStreet[row.ParentCode],
            };

            if (!keepPending && !string.Equals(row.ParentCode, parent, StringComparison.Ordinal))
            {
                Take(writing, directory);
                (writing, parent) = (district, row.ParentCode);
            }

            if (row.Level == "street")
            {
                district.EstablishStreet(row.AreaCode(), row.Name, at);
                districtOfStreet[row.Code] = district;
            }
            else if (row.Level != "district")
            {
                district.EstablishCommunity(AdministrativeCommunityId.Parse(row.Code), row.Name, at);
            }
        }

        if (!keepPending)
        {
            Take(writing, directory);
        }

        return districts;
    }

    // Takes a district's pending events, as a store would, and shows them to the directory's projection.
    private static void Take(District? district, CommunityDirectory? directory)
    {
        if (district is null)
        {
            return;
        }

        foreach (var e in district.DequeuePendingEvents())
        {
            directory?.Apply(e);
        }
    }

    /// <summary>
    /// The invariants a vendor's audit would run: every community lies in its street and district, no right exceeds its
    /// ancestors or outlives a revocation, and every residents' committee may do exactly what it was given over its community.
    /// </summary>
    private static int Audit(Dictionary<string, District> districts, RightsWorkload workload, GovernanceRightsIndex index, List<DivisionRow> rows)
    {
        var problems = 0;
        foreach (var district in districts.Values)
        {
            foreach (var community in district.Communities)
            {
                problems += district.TryGetName(community.StreetCode, out _) && community.AreaCode.IsWithin(district.Code) ? 0 : 1;
            }
        }

        foreach (var tree in workload.Trees)
        {
            problems += RightsInvariants.NoRightExceedsItsAncestors(tree).Count + RightsInvariants.NoDescendantOutlivesARevocation(tree).Count;
        }

        // Every residents' committee is the holder of a community-level right; the index must give it exactly the
        // community's powers over its community. The count ties those rights back to the rows: one per community.
        var during = RightsWorkload.Term.Start + Duration.FromDays(100);
        var committees = 0;
        foreach (var tree in workload.Trees)
        {
            foreach (var right in tree.Rights)
            {
                if (right.Scope.AreaCode.Level == AdministrativeLevel.Community)
                {
                    committees++;
                    problems += index.PowersOver(right.Holder, right.Scope, during) == RightsWorkload.CommunityPowers ? 0 : 1;
                }
            }
        }

        problems += committees == districts.Values.Sum(d => d.CommunityCount) && committees == rows.Count(r => r.Level == "community") ? 0 : 1;
        return problems;
    }

    private static void Print(Result result)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## {result.Scope}: {result.Rows:N0} rows, {result.Communities:N0} communities, the library's peak working set {result.PeakBytes / (1024.0 * 1024):N0} MiB, tiered compilation {(Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") == "0" ? "off" : "on")}"));
        Console.WriteLine("| phase | time | CPU time | of which GC pause | collections gen 0/1/2 | allocated |");
        foreach (var (phase, time) in result.Phases)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {phase} | {time.Time.TotalMilliseconds:N0} ms | {time.Cpu.TotalMilliseconds:N0} ms | {time.GcPause.TotalMilliseconds:N0} ms | {time.Gen0}/{time.Gen1}/{time.Gen2} | {time.Allocated / (1024.0 * 1024):N0} MiB |"));
        }
    }

    private static T Time<T>(Func<T> work, out Measured measured)
    {
        var pause = GC.GetTotalPauseDuration();
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocated = GC.GetTotalAllocatedBytes();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = work();
        measured = new Measured(
            watch.Elapsed,
            Process.GetCurrentProcess().TotalProcessorTime - cpu,
            GC.GetTotalPauseDuration() - pause,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2,
            GC.GetTotalAllocatedBytes() - allocated);
        GcLog.Current?.Flush();
        return result;
    }
}
