using System.Reflection;
using System.Text.RegularExpressions;
using CommunityGovernance.Orleans.Commands;
using CommunityGovernance.Tests;

namespace CommunityGovernance.Orleans.Tests.Commands;

/// <summary>The Orleans package's rule table is listed in docs/errors.md, row for row, as the domain's tables are.</summary>
public sealed class ClusterRulesCatalogTests
{
    private static readonly string s_catalog = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "errors.md"));

    private static IEnumerable<(string Constant, string Rule)> Entries() =>
        typeof(ClusterRules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!));

    [Fact]
    public void Every_cluster_rule_is_listed_under_its_table_and_nothing_else_is()
    {
        var section = s_catalog[s_catalog.IndexOf("## Cluster (集群): `ClusterRules`", StringComparison.Ordinal)..];
        var entries = Entries().ToList();

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Matches($@"\| `{e.Rule}` \| `ClusterRules\.{Regex.Escape(e.Constant)}` \| \S", section));
        var listed = Regex.Matches(section, @"^\| `(\w+)` \| `ClusterRules\.", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.Equal(entries.Select(e => e.Rule).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }
}
