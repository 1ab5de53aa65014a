using CommunityGovernance.Communities;
using CommunityGovernance.Rights;
using Wenjiang.Scenario;

namespace CommunityGovernance.Samples.Tests.Wenjiang;

public sealed class HierarchyAndRightsTests
{
    private static WenjiangResult Result => ScenarioRun.Result;

    [Fact]
    public void The_real_data_gives_Wenjiang_nine_streets_and_ninety_five_communities()
    {
        Assert.Equal(9, Result.District.Streets.Count);
        Assert.Equal(95, Result.District.CommunityCount);
        Assert.Equal(19, Result.District.CommunitiesOf(AreaCode.Parse("510115001")).Count);
        Assert.Equal("寿安镇", Result.Names.Chinese(AreaCode.Parse("510115106")));
        Assert.Equal("Shou'an Town", Result.Names.English(AreaCode.Parse("510115106")));
    }

    [Fact]
    public void Every_unit_holds_a_right_delegated_from_the_district()
    {
        Assert.Equal(1 + 9 + 95, Result.AdministrativeRights.Rights.Count);
        Assert.Equal(Result.AdministrativeRights.Rights.Count + Result.IntegratedRights.Count, Result.Rights.Count);

        foreach (var community in Result.Communities)
        {
            var chain = Result.AdministrativeRights.ChainTo(RightsStep.RightOver(community.AreaCode));
            Assert.Equal([ActorIds.DistrictGovernment, ActorIds.StreetOffice(community.StreetCode), ActorIds.ResidentsCommittee(community)], chain.Select(r => r.Holder));
        }
    }

    [Fact]
    public void A_committee_sets_tasks_but_only_the_street_inspects()
    {
        foreach (var community in Result.Communities)
        {
            var unit = CommunityUnit.Administrative(community);
            var committee = ActorIds.ResidentsCommittee(community);
            Assert.True(Result.Rights.MayExercise(committee, GovernancePower.TaskSetting, unit, Result.Now));
            Assert.False(Result.Rights.MayExercise(committee, GovernancePower.InspectionAndAssessment, unit, Result.Now));
            Assert.True(Result.Rights.MayExercise(ActorIds.StreetOffice(community.StreetCode), GovernancePower.InspectionAndAssessment, unit, Result.Now));
        }
    }

    [Fact]
    public void Integration_gives_exactly_the_integrating_committees_resource_allocation()
    {
        var integrating = Result.IntegratedRights.Select(r => new AdministrativeCommunityId(r.Root.Scope.AreaCode)).ToHashSet();
        Assert.Equal(12, integrating.Count);

        var trees = Result.IntegratedRights.Prepend(Result.AdministrativeRights).ToList();
        foreach (var community in Result.Communities)
        {
            var unit = CommunityUnit.Administrative(community);
            var committee = ActorIds.ResidentsCommittee(community);
            var profile = GovernanceRightProfile.Of(committee, unit, trees, Result.Now);
            Assert.Equal(integrating.Contains(community), profile.IsExpandedByIntegration);
            Assert.Equal(integrating.Contains(community), Result.Rights.MayExercise(committee, GovernancePower.ResourceAllocation, unit, Result.Now));
            Assert.Equal(
                Result.IntegratedRights.Where(r => r.Root.Holder == committee).Sum(r => r.Integrations.Sum(i => i.Contribution.Funds)),
                profile.MarketAndSocialResources.Funds);
        }
    }

    [Fact]
    public void Guanghua_Yijia_straddles_two_jurisdictions_and_every_building_lies_in_one()
    {
        var guanghua = new LivingCommunityId("GUANGHUA-YIJIA");
        Assert.Equal([CoverageStep.Heping, CoverageStep.Huangjinlu], Result.Coverage.JurisdictionsSpannedBy(guanghua));
        Assert.Equal(Result.LivingPlans.Sum(p => p.Buildings.Count()), Result.Coverage.BuildingCount);
        Assert.Equal(37, Result.Coverage.BuildingCount);
        Assert.True(Result.Coverage.TryGetJurisdiction(CoverageStep.MovedBuilding, out var movedTo));
        Assert.Equal(CoverageStep.Heping, movedTo);
    }

    [Fact]
    public void The_rights_rebuilt_from_their_events_equal_the_live_ones()
    {
        // Each tree's history starts with its grant; split the stored stream there and rebuild tree by tree.
        var histories = new List<List<CommunityGovernance.Kernel.DomainEvent>>();
        foreach (var e in Result.RightsHistory)
        {
            if (e is GovernanceRightGranted)
            {
                histories.Add([]);
            }

            histories[^1].Add(e);
        }

        var live = Result.IntegratedRights.Prepend(Result.AdministrativeRights).Select(r => r.ToSnapshot());
        Assert.Equal(live, histories.Select(h => GovernanceRight.FromHistory(h).ToSnapshot()));
        Assert.Equal(Result.Rights.Count, GovernanceRightsIndex.Build(Result.RightsHistory).Count);
    }
}
