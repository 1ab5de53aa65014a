using System.Collections.Concurrent;
using System.Collections.Immutable;
using CommunityGovernance.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CommunityGovernance.Analyzers.Tests.Reliability;

/// <summary>What one analysis produced: our diagnostics, and every analyzer failure (thrown or reported as AD0001).</summary>
internal sealed record AnalysisResult(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Failures);

/// <summary>
/// Runs every analyzer of the package over a compilation the way a build does (<see cref="CompilationWithAnalyzers"/>),
/// with the analyzer-exception callback wired, so that a crash is a finding rather than a silent AD0001.
/// </summary>
internal static class AnalyzerRun
{
    public static ImmutableArray<DiagnosticAnalyzer> All =>
        [new BoundaryAnalyzer()];

    public static async Task<AnalysisResult> AnalyzeAsync(
        Compilation compilation, AnalyzerConfigOptionsProvider options, bool concurrentAnalysis, CancellationToken cancellationToken = default)
    {
        var failures = new ConcurrentQueue<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            All,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([], options),
                (exception, analyzer, _) => failures.Enqueue($"{analyzer.GetType().Name} threw {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}"),
                concurrentAnalysis,
                logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
        foreach (var reported in diagnostics.Where(d => d.Id == "AD0001"))
        {
            failures.Enqueue(reported.ToString());
        }

        return new AnalysisResult(diagnostics.RemoveAll(d => d.Id == "AD0001"), [.. failures]);
    }

    /// <summary>
    /// A diagnostic as a line that says everything a user sees: id, file, span and message; sorted, two runs
    /// that produced the same lines produced the same diagnostics.
    /// </summary>
    public static ImmutableArray<string> Lines(IEnumerable<Diagnostic> diagnostics) =>
    [
        .. diagnostics
            .Select(d => $"{d.Id} {d.Location.SourceTree?.FilePath}{d.Location.SourceSpan} {d.Severity} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal),
    ];
}
