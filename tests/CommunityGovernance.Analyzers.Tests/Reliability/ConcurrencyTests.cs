using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace CommunityGovernance.Analyzers.Tests.Reliability;

/// <summary>
/// The analyzers declare concurrent execution; with the driver running them concurrently over a large project
/// they must report exactly what a sequential run reports: same ids, same places, same messages, every time.
/// </summary>
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private const int Groups = 50;
    private const int DefaultRepetitions = 3;

    [Fact]
    public async Task Concurrent_analysis_of_a_large_project_reports_exactly_what_a_sequential_run_reports()
    {
        var project = GeneratedVendorProject.Create(Groups);
        var compilation = project.Compile();
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));

        var clock = Stopwatch.StartNew();
        var sequential = await AnalyzerRun.AnalyzeAsync(compilation, project.Options, concurrentAnalysis: false);
        var sequentialTime = clock.Elapsed;
        Assert.Empty(sequential.Failures);
        var expected = AnalyzerRun.Lines(sequential.Diagnostics);
        Assert.Equal(GeneratedVendorProject.Rules, sequential.Diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));

        // CG_CONCURRENCY_RUNS repeats the concurrent run more often, to hunt a rare race.
        var repetitions = int.TryParse(Environment.GetEnvironmentVariable("CG_CONCURRENCY_RUNS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var runs) && runs > 0
            ? runs
            : DefaultRepetitions;
        for (var run = 0; run < repetitions; run++)
        {
            // A fresh compilation each time, so that nothing cached by an earlier run hides a race.
            clock.Restart();
            var concurrent = await AnalyzerRun.AnalyzeAsync(project.Compile(), project.Options, concurrentAnalysis: true);
            Assert.Empty(concurrent.Failures);
            var actual = AnalyzerRun.Lines(concurrent.Diagnostics);
            Assert.True(
                expected.SequenceEqual(actual),
                $"Run {run + 1}: only sequential:\n{string.Join("\n", expected.Except(actual))}\nonly concurrent:\n{string.Join("\n", actual.Except(expected))}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"concurrent run {run + 1}: {clock.Elapsed.TotalSeconds:F2} s"));
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{project.Files.Length} files, {expected.Length} diagnostics ({string.Join(", ", sequential.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}); sequential {sequentialTime.TotalSeconds:F2} s"));
    }
}
