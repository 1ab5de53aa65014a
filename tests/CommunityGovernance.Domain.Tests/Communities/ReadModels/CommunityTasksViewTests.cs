using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.WorkAccess;
using CommunityGovernance.Communities.WorkAccess.ReadModels;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities.ReadModels;

public sealed class CommunityTasksViewTests
{
    private static readonly Instant s_at = Instant.FromUtc(2026, 3, 2, 1, 0);
    private static readonly AdministrativeCommunityId s_heping = AdministrativeCommunityId.Parse("510115001001");
    private static readonly AdministrativeCommunityId s_huangjinlu = AdministrativeCommunityId.Parse("510115001002");
    private static readonly AdministrativeCommunityId s_yongning = AdministrativeCommunityId.Parse("510115002001");

    [Fact]
    public async Task Tasks_are_counted_by_group_per_community_street_and_district_with_the_declined_ones()
    {
        var store = new InMemoryEventStore();
        var list = WorkAccessList.Publish(AreaCode.Parse("510115"), new LocalDate(2026, 1, 1),
            [new WorkItem(new("census"), "协助人口普查", WorkItemGroup.AssistedWork), new WorkItem(new("election"), "换届选举", WorkItemGroup.StatutoryDuty)], s_at);
        await store.SaveAsync(list);
        var department = Actor.RegisterOrganisation(new ActorId("TJJ"), ActorKind.VerticalDepartment, "统计局", s_at);
        var street = Actor.RegisterOrganisation(new ActorId("JD-1"), ActorKind.StreetOffice, "柳城街道", s_at);
        var rights = GovernanceRightsIndex.Build(GovernanceRight.Grant(new GovernanceRightId("R"), new RightTerms(street.Id, GovernancePowers.All,
            CommunityUnit.Administrative(AreaCode.Parse("510115")), new NodaTime.Interval(s_at, null)), EverythingExists.Directory, s_at).PendingEvents);
        CommunityTask Set(string id, Actor issuer, AdministrativeCommunityId community, string kind, Actor? through = null) =>
            CommunityTask.Set(new CommunityTaskId(id), issuer, community, new WorkItemCode(kind), "任务", list, through, rights, s_at);

        var census = Set("T-1", department, s_heping, "census");
        census.Accept(new ActorId("JWH"), s_at);
        var survey = Set("T-2", department, s_huangjinlu, "survey", street);
        survey.Decline(new ActorId("JWH"), "不在清单内", s_at);
        foreach (var task in new[] { census, survey, Set("T-3", street, s_heping, "election"), Set("T-4", department, s_yongning, "census") })
        {
            await store.SaveAsync(task);
        }

        var view = new CommunityTasksView();
        await new ProjectionRunner(store, [view]).CatchUpAsync();

        var heping = view.ByCommunity()[s_heping];
        Assert.Equal((1, 1, 0, 1, 0, 1), (heping.StatutoryDuties, heping.AssistedWork, heping.Unlisted, heping.FromDepartments, heping.Declined, heping.Open));
        Assert.Equal((1, 1), (view.ByCommunity()[s_huangjinlu].Unlisted, view.ByCommunity()[s_huangjinlu].Declined));
        Assert.Equal(3, view.ByStreet()[AreaCode.Parse("510115001")].Total);
        Assert.Equal(4, view.For(AreaCode.Parse("510115")).Total);
        Assert.Equal(["T-2"], view.Tasks(unlisted: true).Items.Select(t => t.Id.Value));
        Assert.Equal(["T-1", "T-4"], view.Tasks(group: WorkItemGroup.AssistedWork).Items.Select(t => t.Id.Value));
        Assert.Equal(["T-3"], view.Tasks(within: AreaCode.Parse("510115001"), status: CommunityTaskStatus.Set).Items.Select(t => t.Id.Value));
    }

    public static Arbitrary<WorkAccessScenario> Scenarios() => WorkAccessGenerators.Scenario.ToArbitrary();

    // The view followed over the feed counts exactly what the tasks' own snapshots say, and the street and district
    // roll-ups are the sums of their communities.
    [ScaledProperty(Arbitrary = [typeof(CommunityTasksViewTests)])]
    public Property The_view_counts_what_the_tasks_say_and_roll_ups_are_sums(WorkAccessScenario scenario)
    {
        var store = new InMemoryEventStore();
        var (list, rights, street) = (scenario.BuildList(), scenario.BuildRights(), WorkAccessScenario.StreetOfficeActor());
        var tasks = new List<CommunityTask>();
        foreach (var attempt in scenario.Attempts)
        {
            try
            {
                var task = CommunityTask.Set(attempt.Id, WorkAccessScenario.IssuerOf(attempt), attempt.Community, attempt.Kind, "任务", list, attempt.ThroughStreet ? street : null, rights, WorkAccessScenario.Noon(attempt.Day));
                if (attempt.Answer == 2 && task.Group is null)
                {
                    task.Decline(new ActorId("JWH"), "不在清单内", WorkAccessScenario.Noon(attempt.Day));
                }
                else if (attempt.Answer > 0)
                {
                    task.Accept(new ActorId("JWH"), WorkAccessScenario.Noon(attempt.Day));
                }

                tasks.Add(task);
                store.SaveAsync(task).GetAwaiter().GetResult();
            }
            catch (CommunityGovernance.Kernel.DomainRuleViolationException)
            {
                // A refused attempt records nothing.
            }
        }

        var view = new CommunityTasksView();
        new ProjectionRunner(store, [view]).CatchUpAsync().GetAwaiter().GetResult();
        var byCommunity = view.ByCommunity();
        var expected = tasks.Select(t => t.ToSnapshot()).GroupBy(t => t.Community).ToDictionary(g => g.Key, CommunityTaskCounts.Of);

        return (byCommunity.Count == expected.Count && expected.All(p => byCommunity[p.Key] == p.Value)).Label("per community")
            .And(view.ByStreet().All(s => s.Value.Total == byCommunity.Where(c => c.Key.StreetCode == s.Key).Sum(c => c.Value.Total))).Label("streets sum their communities")
            .And(view.For(scenario.District).Total == tasks.Count).Label("the district counts every task");
    }
}
