using System.Reflection;
using System.Text.RegularExpressions;
using CommunityGovernance.Kernel;
using CommunityGovernance.Tests;

namespace CommunityGovernance.Domain.Tests.Reliability;

/// <summary>
/// Every rule name of the domain lives in its area's table (a public static <c>XxxRules</c> class), and
/// docs/errors.md lists every constant of every table, under that table, and nothing else.
/// </summary>
public sealed partial class ErrorCatalogTests
{
    private static readonly Assembly s_domain = typeof(DomainException).Assembly;

    // The domain's part of the page: the packages' own tables (the Orleans package's ClusterRules) follow it, each
    // kept complete by its own package's test.
    private static readonly string s_catalog = DomainPart(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "errors.md")));

    private static string DomainPart(string page) =>
        page.IndexOf("\n## Cluster (集群)", StringComparison.Ordinal) is var packages and >= 0 ? page[..packages] : page;

    // The areas of the domain, each with exactly one table of rule names.
    private static readonly string[] s_areas =
    [
        "Kernel", "Actors", "Communities", "Demands", "Participation", "Programmes", "Rights", "Storage", "CommunityBuilding",
    ];

    /// <summary>Every rule table of the domain: the public static classes named <c>…Rules</c>.</summary>
    public static IReadOnlyList<Type> RuleTables { get; } =
        [.. s_domain.GetExportedTypes().Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Rules", StringComparison.Ordinal)).OrderBy(t => t.Name, StringComparer.Ordinal)];

    public static TheoryData<string, string, string> RuleConstants()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (table, constant, rule) in TableEntries())
        {
            data.Add(table, constant, rule);
        }

        return data;
    }

    [Fact]
    public void Each_area_has_one_rule_table_in_its_own_namespace()
    {
        var areas = RuleTables.Select(t => t.Namespace!["CommunityGovernance.".Length..].Split('.')[0]).ToList();

        Assert.Equal(s_areas.Order(StringComparer.Ordinal), areas.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rule_names_are_PascalCase_and_each_is_in_one_table_once()
    {
        var entries = TableEntries().ToList();

        Assert.True(entries.Count >= 100, $"only {entries.Count} rules found");
        Assert.All(entries, e => Assert.Matches(PascalCase(), e.Rule));
        Assert.Empty(entries.GroupBy(e => e.Rule, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => string.Join(", ", g.Select(e => e.Constant))));
    }

    [Theory]
    [MemberData(nameof(RuleConstants))]
    public void Every_constant_of_every_table_is_listed_under_its_table_with_when_it_is_thrown(string table, string constant, string rule)
    {
        Assert.Matches($@"\| `{rule}` \| `{Regex.Escape(constant)}` \| \S", s_catalog);
        var section = SectionOf(rule);
        Assert.Equal(table, section);
    }

    [Fact]
    public void The_catalog_lists_no_rule_the_tables_do_not_have()
    {
        var listed = ListedRule().Matches(s_catalog).Select(m => m.Groups[1].Value);

        Assert.Empty(listed.Except(TableEntries().Select(e => e.Rule), StringComparer.Ordinal));
    }

    [Fact]
    public void No_rule_name_is_declared_outside_the_tables_unless_a_table_lists_it()
    {
        // A rule name is a string constant whose value is PascalCase (internal ones too); the library's other
        // constants (markers such as "[redacted]", a CSV header, a template code) are not. Id types still declare
        // their own rule (the tables reference it); no other type may.
        var inTables = TableEntries().Select(e => e.Rule).ToHashSet(StringComparer.Ordinal);
        var elsewhere = s_domain.GetTypes()
            .Where(t => !RuleTables.Contains(t))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && PascalCase().IsMatch((string)f.GetRawConstantValue()!))
            .Where(f => !inTables.Contains((string)f.GetRawConstantValue()!))
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}");

        Assert.Empty(elsewhere);
    }

    [Theory]
    [InlineData("ActorRules", "actors-demands-participation.md")]
    [InlineData("DemandRules", "actors-demands-participation.md")]
    [InlineData("ParticipationRules", "actors-demands-participation.md")]
    [InlineData("CommunityRules", "communities.md")]
    [InlineData("ProgrammeRules", "communities.md")]
    [InlineData("GovernanceRightRules", "rights.md")]
    public void Every_rule_of_an_area_is_on_its_domain_page(string table, string page)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "domain", page));

        var missing = TableEntries().Where(e => e.Table == table && !text.Contains($"`{e.Rule}`", StringComparison.Ordinal)).Select(e => e.Rule);

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_domain_exception_type_is_listed()
    {
        var types = s_domain.GetTypes().Where(t => typeof(DomainException).IsAssignableFrom(t) && t.IsPublic);

        Assert.All(types, t => Assert.Contains($"| `{t.Name}` |", s_catalog, StringComparison.Ordinal));
    }

    private static IEnumerable<(string Table, string Constant, string Rule)> TableEntries() =>
        RuleTables.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (t.Name, $"{t.Name}.{f.Name}", (string)f.GetRawConstantValue()!)));

    // The table named by the heading of the section the rule's row is in: "## Actors (主体): `ActorRules`".
    private static string? SectionOf(string rule)
    {
        var row = s_catalog.IndexOf($"| `{rule}` |", StringComparison.Ordinal);
        var heading = Heading().Matches(s_catalog[..row]).LastOrDefault();
        return heading?.Groups[1].Value;
    }

    [GeneratedRegex("^[A-Z][a-z]+(?:[A-Z][a-z]*)+$")]
    private static partial Regex PascalCase();

    [GeneratedRegex(@"^\| `([A-Z][A-Za-z]+)` \| `[A-Za-z.]+` \|", RegexOptions.Multiline)]
    private static partial Regex ListedRule();

    [GeneratedRegex(@"^## .*`(\w+Rules)`$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
