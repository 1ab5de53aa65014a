using System.Diagnostics;
using System.Globalization;
using CommunityGovernance.Analyzers.Rules;
using Xunit.Abstractions;

namespace CommunityGovernance.Analyzers.Tests.Reliability;

/// <summary>
/// Mutated vendor and test sources, as an editor holds them between keystrokes, never make an analyzer or the
/// code fix throw: every analyzer runs on each mutant, and on each mutant with a CGB001 the code fix is offered,
/// applied and run as Fix All. Two hundred mutants by default; <c>CG_FUZZ_MUTANTS=5000</c> runs many more and
/// <c>CG_FUZZ_SEED</c> starts elsewhere. Mutant <c>k</c> is mutated with seed <c>seed + k</c> from corpus entry
/// <c>k mod corpus size</c>, so any finding replays from the two numbers it is reported with.
/// </summary>
public sealed class AnalyzerFuzzingTests(ITestOutputHelper output)
{
    private const int DefaultMutants = 200;
    private const int DefaultSeed = 20_261_201;

    [Fact]
    public void The_corpus_holds_the_sample_and_the_test_snippets_and_the_lexer_round_trips_them()
    {
        var seeds = FuzzCorpus.Seeds;
        Assert.Contains(seeds, s => s.Origin.StartsWith("samples/VendorApp/", StringComparison.Ordinal));
        Assert.True(seeds.Count(s => s.Origin.StartsWith("tests/", StringComparison.Ordinal)) >= 20, "Too few test snippets: " + seeds.Length);
        Assert.All(seeds, s => Assert.Equal(s.Text, string.Concat(TokenMutation.Tokens(s.Text))));
    }

    [Fact]
    public void A_seed_always_gives_the_same_mutant_and_a_mutant_differs_from_its_source()
    {
        var source = FuzzCorpus.Seeds[0].Text;
        var changed = 0;
        for (var seed = 0; seed < 50; seed++)
        {
            var first = TokenMutation.Mutate(source, new Random(seed));
            var again = TokenMutation.Mutate(source, new Random(seed));
            Assert.Equal(first.Text, again.Text);
            Assert.True(first.Edits.SequenceEqual(again.Edits), string.Join("; ", first.Edits));
            changed += first.Text == source ? 0 : 1;
        }

        // A swap of two equal tokens may leave the text as it was; most mutants differ.
        Assert.True(changed >= 45, $"Only {changed} of 50 mutants differ from their source.");
    }

    [Fact]
    public async Task No_analyzer_or_code_fix_throws_on_mutated_sources()
    {
        var mutants = Setting("CG_FUZZ_MUTANTS", DefaultMutants);
        var seed = Setting("CG_FUZZ_SEED", DefaultSeed);
        var corpus = FuzzCorpus.Seeds;
        var findings = new List<string>();
        var diagnostics = 0;
        var fixes = 0;
        var clock = Stopwatch.StartNew();

        for (var k = 0; k < mutants; k++)
        {
            var origin = corpus[k % corpus.Length];
            var mutant = TokenMutation.Mutate(origin.Text, new Random(seed + k));
            var project = origin.Project(mutant.Text);
            var analysis = await AnalyzerRun.AnalyzeAsync(project.Compile(), project.Options, concurrentAnalysis: true);
            diagnostics += analysis.Diagnostics.Length;
            var failures = analysis.Failures;
            if (analysis.Diagnostics.Any(d => d.Id == BoundaryRules.BoundaryCrossedId))
            {
                // The fix has something to offer only where CGB001 is reported; only then is a workspace built.
                fixes++;
                failures = failures.AddRange((await CodeFixRun.FixAsync(project)).Failures);
            }

            if (!failures.IsEmpty)
            {
                findings.Add($"mutant {k} (seed {seed + k}) of {origin.Origin}: {string.Join("; ", mutant.Edits)}\n  {string.Join("\n  ", failures.Distinct())}");
            }
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{mutants} mutants of {corpus.Length} sources (seed {seed}), {diagnostics} diagnostics, code fix on the {fixes} with a CGB001, {findings.Count} findings, {clock.Elapsed.TotalSeconds:F1} s"));
        Assert.True(findings.Count == 0, string.Join("\n", findings.Take(10)));
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
