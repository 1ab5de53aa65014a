#nullable enable
using System.Reflection;
using CommunityGovernance.Analyzers.Rules;
using CommunityGovernance.Tests;
using Microsoft.CodeAnalysis;

namespace CommunityGovernance.Analyzers.Tests;

/// <summary>
/// The analyzer's layout that a reader relies on: each rule id's diagnostics are created in one file of
/// <c>Rules/</c>, whose summary names the id, so that finding a rule's code takes its id and nothing else.
/// </summary>
public sealed class RuleLayoutTests
{
    private static readonly string Project = Path.Combine(RepositoryRoot.Path, "src", "CommunityGovernance.Analyzers");

    public static TheoryData<string> DescriptorFields()
    {
        var data = new TheoryData<string>();
        foreach (var field in Descriptors())
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DescriptorFields))]
    public void Each_rule_is_reported_from_its_own_file_under_Rules(string field)
    {
        var id = ((DiagnosticDescriptor)typeof(BoundaryRules).GetField(field)!.GetValue(null)!).Id;
        var reference = "BoundaryRules." + field + ",";
        var files = Directory.EnumerateFiles(Project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) is not ("BoundaryAnalyzer.cs" or "BoundaryRules.cs"))
            .Where(f => File.ReadAllText(f).Contains(reference, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Project, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();

        var file = Assert.Single(files);
        Assert.Equal("Rules/" + field + ".cs", file);
        Assert.Contains("/// " + id + ",", File.ReadAllText(Path.Combine(Project, file)), StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_holds_the_analyzer_the_table_and_one_file_per_rule()
    {
        var expected = Descriptors().Select(f => f.Name + ".cs").Append("BoundaryAnalyzer.cs").Append("BoundaryRules.cs").Order(StringComparer.Ordinal);
        var actual = Directory.EnumerateFiles(Path.Combine(Project, "Rules"), "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    private static IEnumerable<FieldInfo> Descriptors() =>
        typeof(BoundaryRules).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(DiagnosticDescriptor));
}
