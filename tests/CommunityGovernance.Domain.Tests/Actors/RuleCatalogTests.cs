using System.Reflection;
using System.Text.RegularExpressions;
using CommunityGovernance.Actors;
using CommunityGovernance.Demands;
using CommunityGovernance.Participation;

namespace CommunityGovernance.Domain.Tests.Actors;

// Rule names are public contract: vendors match on them, docs/errors lists them. Keep them stable, unique,
// PascalCase, and documented in this area's page.
public sealed partial class RuleCatalogTests
{
    private static readonly Type[] RuleHolders =
    [
        typeof(ActorRules), typeof(ActorKindFacts), typeof(ResidentIdentityNumber), typeof(PersonName), typeof(PhoneNumber),
        typeof(ResidentParticulars), typeof(DemandRules), typeof(DemandCategoryFacts), typeof(DemandId), typeof(ParticipationRules),
    ];

    private static IEnumerable<string> RuleNames() => RuleHolders
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.IsLiteral && f.FieldType == typeof(string)
            && (f.Name.EndsWith("Rule", StringComparison.Ordinal) || f.DeclaringType!.Name.EndsWith("Rules", StringComparison.Ordinal)))
        .Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Rule_names_are_unique_and_pascal_case()
    {
        var names = RuleNames().ToArray();

        Assert.True(names.Length >= 25, $"only {names.Length} rules found");
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, name => Assert.Matches(PascalCase(), name));
    }

    [Fact]
    public void Every_rule_is_documented_on_the_area_page()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "domain", "actors-demands-participation.md"));

        Assert.All(RuleNames(), name => Assert.Contains($"`{name}`", page, StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CommunityGovernance.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above the test binaries.");
    }

    [GeneratedRegex("^[A-Z][a-zA-Z]+$")]
    private static partial Regex PascalCase();
}
