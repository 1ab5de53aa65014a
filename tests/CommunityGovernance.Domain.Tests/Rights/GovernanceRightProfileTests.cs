using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Rights;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CommunityGovernance.Domain.Tests.Rights.GovernanceRightTests;

namespace CommunityGovernance.Domain.Tests.Rights;

public sealed class GovernanceRightProfileTests
{
    [Fact]
    public void Integrating_resources_expands_what_a_community_holds_beyond_the_hierarchy()
    {
        var administrative = DelegatedDownToTheCommunity();
        var integrated = GovernanceRight.FromIntegration(
            new("RC-INT-1"),
            new RightTerms(ResidentsCommittee, GovernancePowers.Of(GovernancePower.ResourceAllocation, GovernancePower.InspectionAndAssessment), Community, Year2026),
            new ResourceIntegration(new("pm-lijiayuan"), ResourcePartnerKind.Enterprise, new ResourceAllowance(30_000, 200, 0, 0)), EverythingExists.Directory,
            Day(20));

        var before = GovernanceRightProfile.Of(ResidentsCommittee, Community, [administrative], Day(50));
        var after = GovernanceRightProfile.Of(ResidentsCommittee, Community, [administrative, integrated], Day(50));

        Assert.Equal(GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.TimeScheduling), before.AdministrativePowers);
        Assert.Equal(new ResourceAllowance(10_000, 50, 20, 10), before.AdministrativeResources);
        Assert.False(before.IsExpandedByIntegration);
        Assert.True(after.IsExpandedByIntegration);
        Assert.Equal(GovernancePowers.Of(GovernancePower.ResourceAllocation, GovernancePower.InspectionAndAssessment), after.PowersGainedByIntegration);
        Assert.Equal(new ResourceAllowance(30_000, 200, 0, 0), after.MarketAndSocialResources);
        Assert.Equal(GovernancePowers.All, after.Powers);
    }

    [Fact]
    public void A_right_delegated_back_to_a_holder_of_its_ancestor_is_not_counted_twice()
    {
        var tree = DistrictRight();
        tree.Delegate(tree.Id, new("S-1"), new RightTerms(StreetOffice, GovernancePowers.All, Street, Year2026, new ResourceAllowance(100, 0, 0, 0)), EverythingExists.Directory, Day(1));
        tree.Delegate(new("S-1"), new("D-again"), new RightTerms(DistrictGovernment, GovernancePowers.All, Community, Year2026, new ResourceAllowance(100, 0, 0, 0)), EverythingExists.Directory, Day(2));

        var profile = GovernanceRightProfile.Of(DistrictGovernment, Community, [tree], Day(50));

        Assert.Equal(tree.Root.Terms.Resources, profile.AdministrativeResources);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property A_profile_holds_the_powers_the_reference_model_grants(RightsScenario scenario)
    {
        var reference = ReferenceRightsModel.Of(scenario.Trees);
        var wrong = scenario.Queries.Take(50)
            .Where(q => GovernanceRightProfile.Of(q.Actor, q.Unit, scenario.Trees, q.At).Powers != reference.PowersOver(q.Actor, q.Unit, q.At))
            .ToList();
        return (wrong.Count == 0).Label(string.Join("; ", wrong.Take(3)));
    }
}
