using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CommunityGovernance.Analyzers.Tests.Verification;
using CommunityGovernance.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CommunityGovernance.Analyzers.Tests.Reliability;

/// <summary>A source to mutate, and how to build the project around its mutant.</summary>
internal sealed record FuzzSeed(string Origin, string Text, Func<string, SourceSet> Project);

/// <summary>
/// The sources the fuzzer mutates: every file of <c>samples/VendorApp</c> (mutated one at a time inside the whole
/// sample, with its <c>.editorconfig</c>), and every C# snippet embedded in this test project's rule and code-fix
/// tests (mutated beside <see cref="Boundary.Vendor"/>, with namespace patterns configured so that the pattern
/// paths run too). Read from the repository at run time, so new tests and samples join the corpus by themselves.
/// </summary>
internal static partial class FuzzCorpus
{
    private const string SnippetConfig = """
        [*.cs]
        community_governance.administrative_namespaces = Vendor.StreetOffice.*, Vendor.Grid*.*
        community_governance.living_namespaces = Vendor.Residents.*, Vendor.Property*.*
        """;

    public static ImmutableArray<FuzzSeed> Seeds { get; } = Load();

    private static ImmutableArray<FuzzSeed> Load()
    {
        var root = RepositoryRoot.Path;
        var seeds = ImmutableArray.CreateBuilder<FuzzSeed>();

        var sample = Path.Combine(root, "samples", "VendorApp");
        var sampleFiles = Directory.EnumerateFiles(sample, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(sample, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new SourceFile("/project/" + f, File.ReadAllText(Path.Combine(sample, f))))
            .ToImmutableArray();
        var sampleConfig = File.ReadAllText(Path.Combine(sample, ".editorconfig"));
        foreach (var file in sampleFiles)
        {
            seeds.Add(new FuzzSeed(
                "samples/VendorApp" + file.Path["/project".Length..],
                file.Text,
                mutant => new SourceSet([.. sampleFiles.Select(f => f.Path == file.Path ? f with { Text = mutant } : f)], sampleConfig)));
        }

        var tests = Path.Combine(root, "tests", "CommunityGovernance.Analyzers.Tests");
        foreach (var path in Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(tests, path).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)
                || relative.StartsWith("Reliability/", StringComparison.Ordinal))
            {
                // The fuzzer's own generators are not vendor code; leaving them out keeps the corpus stable.
                continue;
            }

            var snippets = Snippets(File.ReadAllText(path));
            for (var i = 0; i < snippets.Length; i++)
            {
                seeds.Add(new FuzzSeed(
                    $"tests/{relative} snippet {i + 1}",
                    snippets[i],
                    mutant => new SourceSet([new("/project/Vendor.cs", Boundary.Vendor), new("/project/Test.cs", mutant)], SnippetConfig)));
            }
        }

        return seeds.ToImmutable();
    }

    /// <summary>The string literals of a test file that hold C# declarations, with the test markup removed.</summary>
    private static ImmutableArray<string> Snippets(string testFile) =>
    [
        .. CSharpSyntaxTree.ParseText(testFile).GetRoot().DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)
                || t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken))
            .Select(t => t.ValueText)
            .Where(t => Declaration().IsMatch(t) || t.Contains("{|CGB", StringComparison.Ordinal))
            .Select(t => Declaration().IsMatch(t) ? t : InMethod(t))
            .Select(t => Markup().Replace(t, string.Empty))
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>A statement from a theory's data, in a method whose parameters hold one identifier of each side.</summary>
    private static string InMethod(string statements) => $$"""
        using System;
        using System.Collections.Generic;
        using CommunityGovernance.Communities;
        using Vendor.Residents;

        namespace Vendor.StreetOffice;

        public static class Work
        {
            public static void Run(AdministrativeCommunityId admin, LivingCommunityId living, Resident resident)
            {
                {{statements}}
            }
        }
        """;

    [GeneratedRegex(@"\b(class|record|struct|interface|namespace)\s+\w", RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();

    /// <summary><c>{|CGB001:</c>, <c>{|#0:</c>, <c>|}</c>, <c>[|</c> and <c>|]</c>: the analyzer-testing markup.</summary>
    [GeneratedRegex(@"\{\|[^:|]*:|\|\}|\[\||\|\]", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}
