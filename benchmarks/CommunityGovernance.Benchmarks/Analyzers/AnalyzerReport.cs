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
        var plain = run.TimeOf(RoslynTool.Plain);
        var noOp = run.TimeOf(RoslynTool.NoOp);
        Append(text, $"corpus: {run.Files} generated files + 3 core files, {run.Lines} lines; {run.Rounds} rounds, method {run.Method}");
        Append(text, "");
        Append(text, "| tool | median s | min–max s | × plain | × no-op | × no-op paired | CPU s (median) | CPU × plain | CPU × no-op | CPU × no-op paired | least CPU × no-op |");
        Append(text, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var timing in run.Timings)
        {
            var il = run.Detections.Any(d => d.Tool == timing.Tool && d.Unit == "failing types");
            Append(text, $"| {timing.Tool} | {timing.Median:F2} | {timing.Min:F2}–{timing.Max:F2} | " +
                         (il ? "n/a | n/a | n/a | " : $"{timing.Median / plain.Median:F2} | {timing.Median / noOp.Median:F2} | {timing.PairedRatio(noOp):F2} | ") +
                         $"{timing.CpuMedian:F2} | " +
                         (il ? "n/a | n/a | n/a | n/a |" : $"{timing.CpuMedian / plain.CpuMedian:F2} | {timing.CpuMedian / noOp.CpuMedian:F2} | {timing.PairedCpuRatio(noOp):F2} | {timing.CpuMin / noOp.CpuMin:F2} |"));
        }

        Append(text, "");
        Append(text, "Every round (wall s / CPU s), in the order run:");
        Append(text, "");
        foreach (var timing in run.Timings)
        {
            Append(text, $"- {timing.Tool}: " + string.Join(", ", timing.Seconds.Zip(timing.CpuSeconds, (w, c) => $"{w:F2}/{c:F2}")));
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
