using System.Reflection;
using System.Text.RegularExpressions;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Domain.Tests.Reliability;

/// <summary>docs/errors.md lists every rule name and every exception type of the domain.</summary>
public sealed partial class ErrorCatalogTests
{
    private static readonly string s_catalog = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "errors.md"));

    public static TheoryData<string> RuleNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in RuleNamesInCode())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Every_rule_name_in_the_code_is_listed_with_when_it_is_thrown(string rule) =>
        Assert.Matches($@"\| `{rule}` \| `[A-Za-z.]+` \| \S", s_catalog);

    [Fact]
    public void Every_domain_exception_type_is_listed()
    {
        var types = typeof(DomainException).Assembly.GetTypes().Where(t => typeof(DomainException).IsAssignableFrom(t) && t.IsPublic);

        Assert.All(types, t => Assert.Contains($"| `{t.Name}` |", s_catalog, StringComparison.Ordinal));
    }

    [Fact]
    public void The_catalog_lists_no_rule_the_code_does_not_have()
    {
        var listed = ListedRule().Matches(s_catalog).Select(m => m.Groups[1].Value);

        Assert.Empty(listed.Except(RuleNamesInCode(), StringComparer.Ordinal));
    }

    // A rule name is a string constant whose value is PascalCase (internal ones too: an internal helper's rule
    // still reaches callers in its exceptions); the library's other public constants
    // (markers such as "[redacted]", a CSV header, a template code) are not.
    private static IEnumerable<FieldInfo> RuleConstants() =>
        typeof(DomainException).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && PascalCase().IsMatch((string)f.GetRawConstantValue()!));

    private static IEnumerable<string> RuleNamesInCode() =>
        RuleConstants().Select(f => (string)f.GetRawConstantValue()!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CHANGELOG.md")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above the test's directory.");
    }

    [GeneratedRegex("^[A-Z][a-z]+(?:[A-Z][a-z]*)+$")]
    private static partial Regex PascalCase();

    [GeneratedRegex(@"^\| `([A-Z][A-Za-z]+)` \| `[A-Za-z.]+` \|", RegexOptions.Multiline)]
    private static partial Regex ListedRule();
}
