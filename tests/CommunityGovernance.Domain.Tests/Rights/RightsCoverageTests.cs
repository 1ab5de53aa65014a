using System.Reflection;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Rights;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Domain.Tests.Rights;

/// <summary>The generators reach every rule they are meant to test (ErrorCatalogTests checks that each is documented).</summary>
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
}
