using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Rights;

/// <summary>The quick start of docs/domain/rights.md, kept compiling and true.</summary>
public sealed class RightsQuickStartTests
{
    [Fact]
    public void The_quick_start_runs_as_documented()
    {
        var year = new Interval(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2027, 1, 1, 0, 0));
        var district = CommunityUnit.Administrative(AreaCode.Parse("510115"));                         // 温江区
        var street = CommunityUnit.Administrative(AreaCode.Parse("510115001"));                        // 柳城街道
        var community = CommunityUnit.Administrative(AdministrativeCommunityId.Parse("510115001001"));
        var streetOffice = new ActorId("liucheng-street");

        var wenjiang = District.Establish(AreaCode.Parse("510115"), "温江区", year.Start);     // what exists: the hierarchy
        wenjiang.EstablishStreet(AreaCode.Parse("510115001"), "柳城街道", year.Start);
        wenjiang.EstablishCommunity(AdministrativeCommunityId.Parse("510115001001"), "和平社区", year.Start);
        var government = Actor.RegisterOrganisation(new ActorId("wenjiang-gov"), ActorKind.PartyCommitteeAndGovernment, "温江区人民政府", year.Start);
        var office = Actor.RegisterOrganisation(new ActorId("liucheng-street"), ActorKind.StreetOffice, "柳城街道办事处", year.Start);
        var directory = CommunityDirectory.Build([.. wenjiang.PendingEvents, .. government.PendingEvents, .. office.PendingEvents]);

        var right = GovernanceRight.Grant(
            new GovernanceRightId("WJ-2026-001"),
            new RightTerms(government.Id, GovernancePowers.All, district, year),
            directory,
            year.Start);
        right.Delegate(
            right.Id,
            new GovernanceRightId("LC-2026-001"),
            new RightTerms(streetOffice, GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.InspectionAndAssessment), street, year),
            directory,
            year.Start);

        // Upward or widening delegation is refused, naming the rule, and changes nothing.
        var refused = Assert.Throws<DomainRuleViolationException>(() => right.Delegate(
            new GovernanceRightId("LC-2026-001"),
            new GovernanceRightId("UP-1"),
            new RightTerms(streetOffice, GovernancePowers.Of(GovernancePower.TaskSetting), district, year),
            directory,
            year.Start));

        var rights = GovernanceRightsIndex.Build(right.PendingEvents);
        var at = year.Start + Duration.FromDays(30);
        var may = rights.MayExercise(streetOffice, GovernancePower.TaskSetting, community, at);  // allocation-free
        var why = rights.Explain(streetOffice, GovernancePower.TaskSetting, community, at);       // WJ-2026-001 → LC-2026-001
        var whyNot = rights.Explain(streetOffice, GovernancePower.ResourceAllocation, community, at);  // PowerNotHeld, and which are

        Assert.Equal(GovernanceRightRules.DelegationGoesDownward, refused.Rule);
        Assert.True(may);
        Assert.Equal(["WJ-2026-001", "LC-2026-001"], why.Chain.Select(link => link.Right.Value));
        Assert.False(rights.MayExercise(streetOffice, GovernancePower.ResourceAllocation, community, at));
        Assert.Equal(RightsRefusal.PowerNotHeld, whyNot.Refusal);
        Assert.Equal(GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.InspectionAndAssessment), whyNot.PowersHeld);
    }
}
