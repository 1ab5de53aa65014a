using System.Globalization;
using System.Text;

namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>Prints a run as the Markdown tables of docs/benchmarks-analyzers.md.</summary>
public static class AnalyzerReport
{
    /// <summary>Timing, detection per violation kind, and false positives per legitimate kind.</summary>
    public static string Markdown(AnalyzerRun run)
    {
        var text = new StringBuilder();
        var plain = run.TimeOf(RoslynTool.Plain).Median;
        var noOp = run.TimeOf(RoslynTool.NoOp).Median;
        var plainCpu = run.TimeOf(RoslynTool.Plain).CpuMedian;
        var noOpCpu = run.TimeOf(RoslynTool.NoOp).CpuMedian;
        Append(text, $"corpus: {run.Files} generated files + 3 core files, {run.Lines} lines; median of {run.Rounds} rounds");
        Append(text, "");
        Append(text, "| tool | median s | min–max s | × plain compilation | × no-op baseline | CPU s (median) | CPU × plain | CPU × no-op |");
        Append(text, "|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var timing in run.Timings)
        {
            var il = run.Detections.Any(d => d.Tool == timing.Tool && d.Unit == "failing types");
            Append(text, $"| {timing.Tool} | {timing.Median:F2} | {timing.Min:F2}–{timing.Max:F2} | " +
                         (il ? "n/a | n/a | " : $"{timing.Median / plain:F2} | {timing.Median / noOp:F2} | ") +
                         $"{timing.CpuMedian:F2} | " + (il ? "n/a | n/a |" : $"{timing.CpuMedian / plainCpu:F2} | {timing.CpuMedian / noOpCpu:F2} |"));
        }

        Append(text, "");
        Append(text, "Planted violations found (found / planted):");
        Append(text, "");
        Header(text, run, "violation kind");
        foreach (var kind in PlantedKinds.Violations)
        {
            Append(text, $"| {kind} | " + string.Join(" | ", run.Detections.Select(d => $"{d.Found(kind)}/{d.Planted(kind)}")) + " |");
        }

        Append(text, "| **all** | " + string.Join(" | ", run.Detections.Select(d => $"**{d.FoundTotal}/{d.PlantedTotal}**")) + " |");
        Append(text, "");
        Append(text, "Findings on legitimate code (false positives; diagnostics for compiler-based tools, failing types for IL tools):");
        Append(text, "");
        Header(text, run, "legitimate kind");
        foreach (var kind in PlantedKinds.Legitimate)
        {
            Append(text, $"| {kind} | " + string.Join(" | ", run.Detections.Select(d => d.FalsePositives(kind).ToString(CultureInfo.InvariantCulture))) + " |");
        }

        Append(text, "| **all** | " + string.Join(" | ", run.Detections.Select(d => $"**{d.FalsePositiveTotal}**")) + " |");
        Append(text, "| findings in total | " + string.Join(" | ", run.Detections.Select(d => d.Findings.ToString(CultureInfo.InvariantCulture))) + " |");
        return text.ToString();
    }

    private static void Header(StringBuilder text, AnalyzerRun run, string first)
    {
        Append(text, $"| {first} | " + string.Join(" | ", run.Detections.Select(d => d.Tool)) + " |");
        Append(text, "|---|" + string.Concat(run.Detections.Select(_ => "---:|")));
    }

    private static void Append(StringBuilder text, string line) => text.Append(line).Append('\n');
}
