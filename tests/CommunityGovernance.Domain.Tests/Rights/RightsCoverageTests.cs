using System.Reflection;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Rights;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Domain.Tests.Rights;

/// <summary>The generators reach every rule they are meant to test, and every rule is documented.</summary>
public sealed class RightsCoverageTests
{
    private static string[] RuleNames() =>
        [.. typeof(GovernanceRightRules).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void Random_scenarios_break_every_rule_of_delegation_revocation_and_validity()
    {
        var scenarios = RightsGenerators.Scenario.Sample(50, new Rnd(20261201UL, 7UL), 150);
        var broken = scenarios.SelectMany(s => s.Refusals.Select(r => r.Rule)).ToHashSet();

        var expected = RuleNames().Except([
            GovernanceRightRules.RightTermsAreComplete,
            GovernanceRightRules.AdministrativeRightHasAdministrativeScope,
            GovernanceRightRules.IntegratedRightAllocatesResources,
            GovernanceRightRules.GovernanceRightIsKnown,
            GovernanceRightRules.GovernanceRightIdIsUnique,
            GovernanceRightRules.RightCommandsAreChronological,

            // Values, ids and co-construction: refused by their own tests, not by delegation scenarios.
            GovernanceRightRules.GovernancePowerIsKnown, GovernanceRightRules.ResourceAllowanceIsWellFormed, GovernanceRightRules.ResourceIntegrationIsWellFormed,
            GovernanceRightRules.GovernanceRightIdIsWellFormed, GovernanceRightRules.GovernanceArrangementIdIsWellFormed, GovernanceRightRules.ArrangementParticipantIsNew,
            GovernanceRightRules.ToolUserTakesPart, GovernanceRightRules.ToolRequiresPowers,
            GovernanceRightRules.GovernanceToolIsKnown, GovernanceRightRules.GovernanceTechniqueAppliesTools,
        ]);
        Assert.Empty(expected.Except(broken));
        Assert.True(scenarios.Max(s => s.Trees.Max(t => t.Rights.Max(r => t.ChainTo(r.Id).Count))) == RightsGenerators.MaxDelegationDepth);
    }

    [Fact]
    public void Every_rule_is_listed_in_the_rights_documentation()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "domain", "rights.md"));
        var rules = RuleNames();

        var undocumented = rules.Where(rule => !doc.Contains($"| `{rule}` |", StringComparison.Ordinal)).ToList();
        Assert.True(undocumented.Count == 0, "Not in docs/domain/rights.md: " + string.Join(", ", undocumented));
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
}
