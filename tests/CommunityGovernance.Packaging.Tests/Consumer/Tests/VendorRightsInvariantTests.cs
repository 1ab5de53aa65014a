using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Communities;
using CommunityGovernance.Testing.Demands;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Vendor.Tests;

// A vendor's own property tests, written against the shipped generators and invariant checks.
public sealed class VendorRightsInvariantTests
{
    [Property(Arbitrary = [typeof(DemandArbitraries)])]
    public Property Every_generated_demand_history_is_a_legal_lifecycle(DemandScenario scenario) =>
        (DemandInvariants.Check(scenario.Run()).Count == 0).ToProperty();

    [Property(Arbitrary = [typeof(CommunityArbitraries)])]
    public Property Every_building_keeps_exactly_one_jurisdiction(CoverageScenario scenario)
    {
        var at = Instant.FromUtc(2026, 1, 1, 0, 0);
        var register = CoverageRegister.Open(scenario.Scope, new FixedCommunityDirectory(at).Establish(CommunityUnit.Administrative(scenario.Scope)), at);
        var world = scenario.BuildWorld(at);
        foreach (var command in scenario.Commands)
        {
            try
            {
                command.ApplyTo(register, world, at);
            }
            catch (DomainRuleViolationException)
            {
                // Refused commands are part of the scenario; the invariant must hold regardless.
            }
        }

        return (CoverageInvariants.Check(register).Count == 0).ToProperty();
    }
}
