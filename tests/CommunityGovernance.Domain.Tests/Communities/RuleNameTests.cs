using System.Reflection;
using System.Text.RegularExpressions;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Hierarchy;

namespace CommunityGovernance.Domain.Tests.Communities;

public sealed partial class RuleNameTests
{
    [Fact]
    public void Every_rule_of_the_area_has_a_stable_PascalCase_name_of_its_own()
    {
        var rules = typeof(District).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is { } ns && (ns.StartsWith("CommunityGovernance.Communities.", StringComparison.Ordinal) || ns == "CommunityGovernance.Programmes"))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && (f.Name.EndsWith("Rule", StringComparison.Ordinal) || f.DeclaringType == typeof(CrossingRules)))
            .Select(f => (Field: $"{f.DeclaringType!.Name}.{f.Name}", Name: (string)f.GetRawConstantValue()!))
            .ToList();

        Assert.True(rules.Count >= 25, $"only {rules.Count} rules found");
        Assert.All(rules, r => Assert.Matches(PascalCase(), r.Name));
        Assert.Empty(rules.GroupBy(r => r.Name).Where(g => g.Count() > 1).Select(g => string.Join(", ", g.Select(r => r.Field))));
    }

    [GeneratedRegex("^[A-Z][A-Za-z]+$")]
    private static partial Regex PascalCase();
}
