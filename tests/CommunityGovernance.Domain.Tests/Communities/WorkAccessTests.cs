using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.WorkAccess;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities;

// The community work-access list (社区工作事项准入) and the 条块 integration: listed work passes, negative-list work is
// refused, unlisted work goes through the street office, and only unlisted work may be declined.
public sealed class WorkAccessTests
{
    private static readonly AreaCode s_wenjiang = AreaCode.Parse("510115");
    private static readonly AdministrativeCommunityId s_heping = AdministrativeCommunityId.Parse("510115001001");
    private static readonly WorkItemCode s_census = new("census-assistance");
    private static readonly WorkItemCode s_election = new("residents-election");
    private static readonly WorkItemCode s_taxSurvey = new("enterprise-tax-survey");
    private static readonly WorkItemCode s_roadWorks = new("road-repair-supervision");
    private static readonly Instant s_march = Instant.FromUtc(2026, 3, 2, 2, 0);

    private static readonly Actor s_statistics = Actor.RegisterOrganisation(new ActorId("TJJ-510115"), ActorKind.VerticalDepartment, "温江区统计局", s_march);
    private static readonly Actor s_liucheng = Actor.RegisterOrganisation(new ActorId("JD-510115001"), ActorKind.StreetOffice, "柳城街道办事处", s_march);
    private static readonly Actor s_committee = Actor.RegisterOrganisation(new ActorId("JWH-510115001001"), ActorKind.ResidentsCommittee, "和平社区居委会", s_march);

    private static readonly GovernanceRightsIndex s_rights = GovernanceRightsIndex.Build(GovernanceRight.Grant(
        new GovernanceRightId("LC-1"),
        new RightTerms(s_liucheng.Id, GovernancePowers.Of(GovernancePower.TaskSetting), CommunityUnit.Administrative(AreaCode.Parse("510115001")), new NodaTime.Interval(s_march - Duration.FromDays(365), null)), EverythingExists.Directory,
        s_march).PendingEvents);

    private static WorkAccessList List()
    {
        var list = WorkAccessList.Publish(s_wenjiang, new LocalDate(2026, 1, 1),
            [new WorkItem(s_election, "居民委员会选举", WorkItemGroup.StatutoryDuty), new WorkItem(s_census, "协助开展人口普查", WorkItemGroup.AssistedWork), new WorkItem(s_taxSurvey, "企业税源调查", WorkItemGroup.NegativeList)], EverythingExists.Directory,
            s_march);
        return list;
    }

    private static CommunityTask Set(WorkItemCode kind, Actor issuer, Actor? through = null, WorkAccessList? list = null, Instant? at = null) =>
        CommunityTask.Set(new CommunityTaskId("TASK-1"), issuer, s_heping, kind, "按清单开展", list ?? List(), through, s_rights, EverythingExists.Directory, at ?? s_march);

    [Fact]
    public void Listed_work_passes_from_a_department_and_the_record_names_its_group()
    {
        var task = Set(s_census, s_statistics);

        Assert.Equal((WorkItemGroup.AssistedWork, 1, (ActorId?)null), (task.Group, task.ListVersion, task.CoordinatedBy));
        Assert.Equal(ActorKind.VerticalDepartment, task.IssuerKind);
    }

    [Fact]
    public void Negative_list_work_is_refused_outright_even_through_the_street_office()
    {
        var fromDepartment = Assert.Throws<DomainRuleViolationException>(() => Set(s_taxSurvey, s_statistics));
        var coordinated = Assert.Throws<DomainRuleViolationException>(() => Set(s_taxSurvey, s_statistics, s_liucheng));
        var fromStreet = Assert.Throws<DomainRuleViolationException>(() => Set(s_taxSurvey, s_liucheng));

        Assert.All([fromDepartment, coordinated, fromStreet], e => Assert.Equal(CommunityRules.TaskIsNotOnNegativeList, e.Rule));
        Assert.Contains("negative list of version 1", fromDepartment.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unlisted_work_reaches_the_committee_only_through_the_street_office_that_records_it_coordinated()
    {
        var direct = Assert.Throws<DomainRuleViolationException>(() => Set(s_roadWorks, s_statistics));
        var wrongCoordinator = Assert.Throws<DomainRuleViolationException>(() => Set(s_roadWorks, s_statistics, s_statistics));
        var coordinated = Set(s_roadWorks, s_statistics, s_liucheng);
        var ownTask = Set(s_roadWorks, s_liucheng);

        Assert.Equal(CommunityRules.UnlistedTaskIsCoordinatedByStreet, direct.Rule);
        Assert.Contains("only through the street office", direct.Message, StringComparison.Ordinal);
        Assert.Equal(CommunityRules.UnlistedTaskIsCoordinatedByStreet, wrongCoordinator.Rule);
        Assert.Equal((null, s_liucheng.Id), (coordinated.Group, coordinated.CoordinatedBy));
        Assert.Equal(s_liucheng.Id, ownTask.CoordinatedBy);
    }

    [Fact]
    public void A_street_office_without_task_setting_over_the_community_cannot_coordinate()
    {
        var tianfu = Actor.RegisterOrganisation(new ActorId("JD-510115004"), ActorKind.StreetOffice, "天府街道办事处", s_march);

        var error = Assert.Throws<DomainRuleViolationException>(() => Set(s_roadWorks, s_statistics, tianfu));

        Assert.Equal(CommunityRules.UnlistedTaskIsCoordinatedByStreet, error.Rule);
        Assert.Contains("the actor holds no governance right", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_administrative_actors_set_work_and_only_within_the_lists_district()
    {
        var byCommittee = Assert.Throws<DomainRuleViolationException>(() => Set(s_census, s_committee));
        var elsewhere = Assert.Throws<DomainRuleViolationException>(() => CommunityTask.Set(
            new CommunityTaskId("T"), s_statistics, AdministrativeCommunityId.Parse("510104001001"), s_census, "x", List(), null, s_rights, EverythingExists.Directory, s_march));

        Assert.Equal(CommunityRules.TaskIsSetByAdministrativeActor, byCommittee.Rule);
        Assert.Equal(CommunityRules.JurisdictionLiesInScope, elsewhere.Rule);
    }

    [Fact]
    public void The_committee_may_decline_unlisted_work_and_the_record_says_so_but_must_take_listed_work_on()
    {
        var unlisted = Set(s_roadWorks, s_statistics, s_liucheng);
        var listed = Set(s_election, s_statistics);

        unlisted.Decline(s_committee.Id, "道路维修监督不属于居委会职责", s_march + Duration.FromDays(1));
        var refused = Assert.Throws<DomainRuleViolationException>(() => listed.Decline(s_committee.Id, "忙", s_march + Duration.FromDays(1)));
        listed.Accept(s_committee.Id, s_march + Duration.FromDays(1));
        var again = Assert.Throws<DomainRuleViolationException>(() => listed.Accept(s_committee.Id, s_march + Duration.FromDays(2)));

        Assert.Equal((CommunityTaskStatus.Declined, "道路维修监督不属于居委会职责"), (unlisted.Status, unlisted.DeclineReason));
        Assert.Equal(CommunityRules.OnlyUnlistedTaskIsDeclined, refused.Rule);
        Assert.Equal(CommunityRules.CommunityTaskIsAnsweredOnce, again.Rule);
        Assert.Equal(CommunityTaskStatus.Accepted, listed.Status);
    }

    [Fact]
    public void A_revision_takes_effect_on_its_day_in_chinas_calendar_and_earlier_work_keeps_its_version()
    {
        var list = List();
        list.Revise(new LocalDate(2026, 4, 1), [new WorkItem(s_census, "协助开展人口普查", WorkItemGroup.AssistedWork), new WorkItem(s_roadWorks, "道路维修监督", WorkItemGroup.NegativeList)], s_march);
        var lastEveningOfMarch = new LocalDateTime(2026, 3, 31, 23, 30).InZoneStrictly(WorkAccessList.Calendar).ToInstant();   // 15:30 UTC
        var firstMorningOfApril = new LocalDateTime(2026, 4, 1, 0, 30).InZoneStrictly(WorkAccessList.Calendar).ToInstant();  // still 31 March in UTC

        var before = Set(s_roadWorks, s_statistics, s_liucheng, list, lastEveningOfMarch);
        var after = Assert.Throws<DomainRuleViolationException>(() => Set(s_roadWorks, s_statistics, s_liucheng, list, firstMorningOfApril));
        var dropped = Assert.Throws<DomainRuleViolationException>(() => Set(s_election, s_statistics, null, list, firstMorningOfApril));

        Assert.Equal((1, (WorkItemGroup?)null), (before.ListVersion, before.Group));
        Assert.Equal(CommunityRules.TaskIsNotOnNegativeList, after.Rule);
        Assert.Equal(CommunityRules.UnlistedTaskIsCoordinatedByStreet, dropped.Rule);   // no longer listed from April
        Assert.Equal(2, list.VersionOn(new LocalDate(2026, 4, 1)));
        Assert.Equal(0, list.VersionOn(new LocalDate(2025, 12, 31)));
    }

    [Fact]
    public void A_history_that_lost_a_version_is_refused_though_every_event_is_a_publication()
    {
        var list = List();
        list.Revise(new LocalDate(2026, 4, 1), [new WorkItem(s_census, "协助开展人口普查", WorkItemGroup.AssistedWork)], s_march);
        list.Revise(new LocalDate(2026, 5, 1), [new WorkItem(s_election, "协助居委会换届选举", WorkItemGroup.AssistedWork)], s_march);
        var events = list.PendingEvents.ToList();

        var headless = Assert.Throws<DomainRuleViolationException>(() => WorkAccessList.FromHistory(events.Skip(1)));
        var gap = Assert.Throws<DomainRuleViolationException>(() => WorkAccessList.FromHistory([events[0], events[2]]));
        var twice = Assert.Throws<DomainRuleViolationException>(() => WorkAccessList.FromHistory([events[0], events[1], events[1]]));

        Assert.All([headless, gap, twice], e => Assert.Equal(KernelRules.HistoryBelongsToAggregate, e.Rule));
        Assert.Contains("number 1", headless.Message, StringComparison.Ordinal);
        Assert.Contains("number 2", gap.Message, StringComparison.Ordinal);
        Assert.Contains("number 3", twice.Message, StringComparison.Ordinal);
        Assert.Equal(3, WorkAccessList.FromHistory(events).VersionOn(new LocalDate(2026, 5, 1)));
    }

    [Fact]
    public void A_list_refuses_a_kind_twice_an_unknown_group_and_a_revision_that_does_not_follow()
    {
        var list = List();
        var before = (list.ToSnapshot(), list.Version);

        var twice = Assert.Throws<DomainRuleViolationException>(() => list.Revise(new LocalDate(2026, 5, 1), [new WorkItem(s_census, "a", WorkItemGroup.AssistedWork), new WorkItem(s_census, "b", WorkItemGroup.NegativeList)], s_march));
        var unknown = Assert.Throws<DomainRuleViolationException>(() => list.Revise(new LocalDate(2026, 5, 1), [new WorkItem(s_census, "a", (WorkItemGroup)9)], s_march));
        var early = Assert.Throws<DomainRuleViolationException>(() => list.Revise(new LocalDate(2026, 1, 1), [], s_march));
        var notADistrict = Assert.Throws<DomainRuleViolationException>(() => WorkAccessList.Publish(AreaCode.Parse("510115001"), new LocalDate(2026, 1, 1), [], EverythingExists.Directory, s_march));

        Assert.Equal(CommunityRules.WorkItemsAreDistinct, twice.Rule);
        Assert.Contains("census-assistance", twice.Message, StringComparison.Ordinal);
        Assert.Equal(CommunityRules.WorkItemGroupIsKnown, unknown.Rule);
        Assert.Equal(CommunityRules.AccessListVersionsFollowEachOther, early.Rule);
        Assert.Equal(CommunityRules.DistrictCodeIsDistrictLevel, notADistrict.Rule);
        Assert.Equal(before, (list.ToSnapshot(), list.Version));
    }

    public static Arbitrary<WorkAccessScenario> Scenarios() => WorkAccessGenerators.Scenario.ToArbitrary();

    // Against a model read from the scenario's data: the group in force is the last version's on or before the day; a
    // task is set exactly when its issuer is administrative, its community in the district, its kind not on the negative
    // list, and listed or coordinated by a street office holding task-setting there; a refused task changes nothing; only
    // unlisted work is declined; every task rebuilds from its events.
    [ScaledProperty(Arbitrary = [typeof(WorkAccessTests)])]
    public Property Tasks_follow_the_list_in_force_and_the_street_offices_rights(WorkAccessScenario scenario)
    {
        var (list, rights, street) = (scenario.BuildList(), scenario.BuildRights(), WorkAccessScenario.StreetOfficeActor());
        var problems = new List<string>();
        foreach (var attempt in scenario.Attempts)
        {
            var at = WorkAccessScenario.Noon(attempt.Day);
            var group = ModelGroup(scenario, attempt.Kind, attempt.Day);
            var administrative = attempt.IssuerKind is ActorKind.VerticalDepartment or ActorKind.StreetOffice or ActorKind.DistrictGovernanceCommittee;
            var coordinator = attempt.IssuerKind == ActorKind.StreetOffice || attempt.ThroughStreet;
            var expected = administrative
                && attempt.Community.AreaCode.IsWithin(scenario.District)
                && group != WorkItemGroup.NegativeList
                && (group is not null || (coordinator && scenario.Coordinated.Contains(attempt.Community) && attempt.Day >= 0));   // its right starts on day 0
            if (list.GroupOn(attempt.Kind, new LocalDate(2026, 1, 1).PlusDays(attempt.Day)) != group)
            {
                problems.Add($"{attempt}: the list's group is not the model's {group}");
            }

            CommunityTask? task = null;
            var error = Record.Exception(() => task = CommunityTask.Set(
                attempt.Id, WorkAccessScenario.IssuerOf(attempt), attempt.Community, attempt.Kind, "按清单开展", list, attempt.ThroughStreet ? street : null, rights, EverythingExists.Directory, at));
            if (expected != (task is not null) || error is not (null or DomainRuleViolationException))
            {
                problems.Add($"{attempt}: expected {(expected ? "set" : "refused")}, got {error?.Message ?? "set"}");
                continue;
            }

            if (task is null)
            {
                continue;
            }

            var declined = Record.Exception(() => task.Decline(new ActorId("JWH"), "不在清单内", at));
            if ((declined is null) != (group is null))
            {
                problems.Add($"{attempt}: declining {(group is null ? "unlisted" : "listed")} work was {(declined is null ? "accepted" : "refused")}");
            }

            if (CommunityTask.FromHistory(task.PendingEvents).ToSnapshot() != task.ToSnapshot())
            {
                problems.Add($"{attempt}: the task does not rebuild from its events");
            }
        }

        return (problems.Count == 0).Label(string.Join("; ", problems));
    }

    private static WorkItemGroup? ModelGroup(WorkAccessScenario scenario, WorkItemCode kind, int day) =>
        scenario.Versions.LastOrDefault(v => v.FromDay <= day) is { } version ? version.Items.FirstOrDefault(i => i.Code == kind)?.Group : null;
}
