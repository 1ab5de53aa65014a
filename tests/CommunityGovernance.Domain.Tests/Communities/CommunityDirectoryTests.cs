using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Communities.WorkAccess;
using CommunityGovernance.CommunityBuilding;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using CommunityGovernance.Programmes;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities;

/// <summary>
/// What exists (issue 19's referential checks): the directory learns units and actors from the events that establish
/// them, and every command that names a unit or an actor it is not handed refuses one the directory does not know at
/// the command's instant, naming the rule and changing nothing.
/// </summary>
public sealed class CommunityDirectoryTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 1, 5, 1, 0);
    private static readonly AreaCode Wenjiang = AreaCode.Parse("510115");
    private static readonly AreaCode Liucheng = AreaCode.Parse("510115001");
    private static readonly AdministrativeCommunityId Heping = AdministrativeCommunityId.Parse("510115001001");
    private static readonly AdministrativeCommunityId Unestablished = AdministrativeCommunityId.Parse("510115001999");
    private static readonly LivingCommunityId Guanghua = new("GUANGHUA");
    private static readonly ActorId Office = new("JD-510115001");
    private static readonly ActorId Stranger = new("NOBODY");

    private static CommunityDirectory World(Instant at)
    {
        var district = District.Establish(Wenjiang, "温江区", at);
        district.EstablishStreet(Liucheng, "柳城街道", at);
        district.EstablishCommunity(Heping, "和平社区", at);
        var living = LivingCommunity.Found(Guanghua, "光华逸家", at);
        var office = Actor.RegisterOrganisation(Office, ActorKind.StreetOffice, "柳城街道办事处", at);
        return CommunityDirectory.Build([.. district.PendingEvents, .. living.PendingEvents, .. office.PendingEvents]);
    }

    [Fact]
    public void It_knows_what_was_established_from_that_instant_on_and_nothing_else()
    {
        var directory = World(At);

        Assert.True(directory.IsEstablished(CommunityUnit.Administrative(Heping), At));
        Assert.True(directory.IsEstablished(CommunityUnit.Administrative(Liucheng), At + Duration.FromDays(300)));
        Assert.True(directory.IsEstablished(CommunityUnit.Living(Guanghua), At));
        Assert.True(directory.IsRegistered(Office, At));

        Assert.False(directory.IsEstablished(CommunityUnit.Administrative(Heping), At - Duration.Epsilon));
        Assert.False(directory.IsRegistered(Office, At - Duration.Epsilon));
        Assert.False(directory.IsEstablished(CommunityUnit.Administrative(Unestablished), At));
        Assert.False(directory.IsEstablished(CommunityUnit.Administrative(AreaCode.Parse("510115002")), At));
        Assert.False(directory.IsEstablished(CommunityUnit.Living(new LivingCommunityId("ELSEWHERE")), At));
        Assert.False(directory.IsRegistered(Stranger, At));
        Assert.False(directory.IsEstablished(default, At));
    }

    [Fact]
    public void The_city_and_province_above_an_established_district_exist_with_it_but_no_other_district_does()
    {
        var directory = World(At);

        Assert.True(directory.IsEstablished(CommunityUnit.Administrative(AreaCode.Parse("5101")), At));
        Assert.True(directory.IsEstablished(CommunityUnit.Administrative(AreaCode.Parse("51")), At));
        Assert.False(directory.IsEstablished(CommunityUnit.Administrative(AreaCode.Parse("5102")), At));
        Assert.False(directory.IsEstablished(CommunityUnit.Administrative(AreaCode.Parse("510116")), At));
        Assert.False(directory.IsEstablished(CommunityUnit.Administrative(AreaCode.Parse("5101")), At - Duration.Epsilon));
    }

    [Fact]
    public void An_event_learnt_twice_keeps_the_earliest_instant()
    {
        var directory = new CommunityDirectory();

        Assert.True(directory.Apply(new LivingCommunityFounded(At + Duration.FromDays(2), Guanghua, "光华逸家")));
        Assert.True(directory.Apply(new LivingCommunityFounded(At, Guanghua, "光华逸家")));
        Assert.True(directory.Apply(new LivingCommunityFounded(At + Duration.FromDays(5), Guanghua, "光华逸家")));
        Assert.False(directory.Apply(new CompoundAdded(At, new CompoundId("GY-1"), "一期")));

        Assert.True(directory.IsEstablished(CommunityUnit.Living(Guanghua), At));
        Assert.Equal((0, 1, 0), (directory.AdministrativeUnitCount, directory.LivingCommunityCount, directory.ActorCount));
    }

    [Fact]
    public async Task Kept_current_from_the_feed_it_answers_as_one_built_from_the_same_events()
    {
        var store = new InMemoryEventStore();
        var district = District.Establish(Wenjiang, "温江区", At);
        district.EstablishStreet(Liucheng, "柳城街道", At);
        district.EstablishCommunity(Heping, "和平社区", At);
        var pending = district.PendingEvents.ToList();
        await store.SaveAsync(district);
        var resident = Actor.RegisterOrganisation(Office, ActorKind.StreetOffice, "柳城街道办事处", At + Duration.FromDays(1));
        pending.AddRange(resident.PendingEvents);
        await store.SaveAsync(resident);
        var followed = new CommunityDirectory();
        var runner = new ProjectionRunner(store, [followed]);

        await runner.CatchUpAsync(CancellationToken.None);

        var built = CommunityDirectory.Build(pending);
        foreach (var at in new[] { At - Duration.Epsilon, At, At + Duration.FromDays(1) })
        {
            foreach (var unit in new[] { CommunityUnit.Administrative(Heping), CommunityUnit.Administrative(Unestablished), CommunityUnit.Administrative(Wenjiang) })
            {
                Assert.Equal(built.IsEstablished(unit, at), followed.IsEstablished(unit, at));
            }

            Assert.Equal(built.IsRegistered(Office, at), followed.IsRegistered(Office, at));
        }

        Assert.True(followed.IsRegistered(Office, At + Duration.FromDays(1)));
        Assert.False(followed.IsRegistered(Office, At));
    }

    [Fact]
    public void A_demand_about_a_unit_that_does_not_exist_or_from_an_unregistered_raiser_is_refused()
    {
        var directory = World(At);

        var noUnit = Assert.Throws<DomainRuleViolationException>(() => Demand.Raise(new DemandId("D-1"), Office, CommunityUnit.Administrative(Unestablished),
            DemandCategory.PublicService, "电梯", "The lift has stopped.", DemandDeadlines.Default, directory, At));
        var noRaiser = Assert.Throws<DomainRuleViolationException>(() => Demand.Raise(new DemandId("D-1"), Stranger, CommunityUnit.Living(Guanghua),
            DemandCategory.PublicService, "电梯", "The lift has stopped.", DemandDeadlines.Default, directory, At));
        var tooEarly = Assert.Throws<DomainRuleViolationException>(() => Demand.Raise(new DemandId("D-1"), Office, CommunityUnit.Living(Guanghua),
            DemandCategory.PublicService, "电梯", "The lift has stopped.", DemandDeadlines.Default, directory, At - Duration.FromHours(1)));
        var raised = Demand.Raise(new DemandId("D-1"), Office, CommunityUnit.Living(Guanghua),
            DemandCategory.PublicService, "电梯", "The lift has stopped.", DemandDeadlines.Default, directory, At);

        Assert.Equal(CommunityRules.UnitIsEstablished, noUnit.Rule);
        Assert.Contains("510115001999", noUnit.Message, StringComparison.Ordinal);
        Assert.Contains("the demand's subject", noUnit.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ActorRules.ActorIsRegistered, noRaiser.Rule);
        Assert.Contains("NOBODY", noRaiser.Message, StringComparison.Ordinal);
        Assert.Equal(ActorRules.ActorIsRegistered, tooEarly.Rule);
        Assert.Single(raised.PendingEvents);
    }

    [Fact]
    public void A_programme_is_started_only_in_an_established_community()
    {
        var directory = World(At);

        var refused = Assert.Throws<DomainRuleViolationException>(() => ProgrammeFulfilment.Start(WenjiangEightItems.Template, Unestablished, directory, At));
        var started = ProgrammeFulfilment.Start(WenjiangEightItems.Template, Heping, directory, At);

        Assert.Equal(CommunityRules.UnitIsEstablished, refused.Rule);
        Assert.Equal(Heping, started.Community);
    }

    [Fact]
    public void A_responsibility_in_a_unit_that_does_not_exist_is_refused_and_changes_nothing()
    {
        var directory = World(At);
        var office = Actor.RegisterOrganisation(Office, ActorKind.StreetOffice, "柳城街道办事处", At);
        office.AssignResponsibility(DemandCategory.PublicService, CommunityUnit.Administrative(Heping), directory, At);
        var before = (office.ToSnapshot(), office.Version, office.PendingEvents.Count);

        var refused = Assert.Throws<DomainRuleViolationException>(() =>
            office.AssignResponsibility(DemandCategory.PublicService, CommunityUnit.Administrative(Unestablished), directory, At));

        Assert.Equal(CommunityRules.UnitIsEstablished, refused.Rule);
        Assert.Equal(before, (office.ToSnapshot(), office.Version, office.PendingEvents.Count));
    }

    [Fact]
    public void A_right_is_granted_or_delegated_only_to_a_registered_holder_over_an_established_unit()
    {
        var directory = World(At);
        var year = new Interval(At, At + Duration.FromDays(365));
        var noHolder = Assert.Throws<DomainRuleViolationException>(() => GovernanceRight.Grant(new GovernanceRightId("R-1"),
            new RightTerms(Stranger, GovernancePowers.All, CommunityUnit.Administrative(Liucheng), year), directory, At));
        var right = GovernanceRight.Grant(new GovernanceRightId("R-1"), new RightTerms(Office, GovernancePowers.All, CommunityUnit.Administrative(Liucheng), year), directory, At);
        var before = (right.ToSnapshot(), right.PendingEvents.Count);

        var noScope = Assert.Throws<DomainRuleViolationException>(() => right.Delegate(right.Id, new GovernanceRightId("R-2"),
            new RightTerms(Office, GovernancePowers.All, CommunityUnit.Administrative(Unestablished), year), directory, At));
        var batch = Assert.Throws<DomainRuleViolationException>(() => right.DelegateMany(
            [
                new Delegation(right.Id, new GovernanceRightId("R-3"), new RightTerms(Office, GovernancePowers.All, CommunityUnit.Administrative(Heping), year)),
                new Delegation(new GovernanceRightId("R-3"), new GovernanceRightId("R-4"), new RightTerms(Stranger, GovernancePowers.All, CommunityUnit.Administrative(Heping), year)),
            ],
            directory,
            At));

        Assert.Equal(ActorRules.ActorIsRegistered, noHolder.Rule);
        Assert.Contains("the right's holder", noHolder.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(CommunityRules.UnitIsEstablished, noScope.Rule);
        Assert.Equal(ActorRules.ActorIsRegistered, batch.Rule);
        Assert.Equal(before, (right.ToSnapshot(), right.PendingEvents.Count));
    }

    [Fact]
    public void A_right_born_of_a_resource_integration_needs_its_living_community_founded()
    {
        var directory = World(At);
        var terms = new RightTerms(Office, GovernancePowers.Of(GovernancePower.ResourceAllocation), CommunityUnit.Living(new LivingCommunityId("ELSEWHERE")),
            new Interval(At, At + Duration.FromDays(365)), new ResourceAllowance(funds: 1_000, venues: 0, services: 0, volunteers: 0));
        var integration = new ResourceIntegration(new ActorId("SO-1"), ResourcePartnerKind.SocialOrganisation,
            new ResourceAllowance(funds: 1_000, venues: 0, services: 0, volunteers: 0));

        var refused = Assert.Throws<DomainRuleViolationException>(() => GovernanceRight.FromIntegration(new GovernanceRightId("SH-1"), terms, integration, directory, At));

        Assert.Equal(CommunityRules.UnitIsEstablished, refused.Rule);
    }
}

/// <summary>
/// Every other command that names a unit or an actor it is not handed: refused with <see cref="CommunityRules.UnitIsEstablished"/>
/// or <see cref="ActorRules.ActorIsRegistered"/> when the directory does not know it, accepted when it does.
/// </summary>
public sealed class CommandsNamingUnitsTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 1, 5, 1, 0);
    private static readonly AreaCode Wenjiang = AreaCode.Parse("510115");
    private static readonly AdministrativeCommunityId Heping = AdministrativeCommunityId.Parse("510115001001");
    private static readonly AdministrativeCommunityId Unestablished = AdministrativeCommunityId.Parse("510115001999");
    private static readonly LivingCommunityId Guanghua = new("GUANGHUA");
    private static readonly LivingCommunityId Nowhere = new("NOWHERE");
    private static readonly ActorId Member = new("R-1");

    private static CommunityDirectory World()
    {
        var district = District.Establish(Wenjiang, "温江区", At);
        district.EstablishStreet(Heping.StreetCode, "柳城街道", At);
        district.EstablishCommunity(Heping, "和平社区", At);
        var living = LivingCommunity.Found(Guanghua, "光华逸家", At);
        var member = Actor.RegisterOrganisation(Member, ActorKind.SelfOrganisation, "志愿队", At);
        return CommunityDirectory.Build([.. district.PendingEvents, .. living.PendingEvents, .. member.PendingEvents]);
    }

    private static ResidentParticulars Particulars(Residence residence) => new(
        new PersonName("王伟"), ResidentIdentityNumber.Parse("11010519491231002X"), null, AreaCode.Parse("110105"), residence);

    private static CommunityBuildingProcess OpenProcess(AdministrativeCommunityId community, ICommunityDirectory directory) =>
        CommunityBuildingProcess.Open(new CommunityBuildingProcessId("SQYZ-1"), ProcessScope.AdministrativeCommunity(community), "口袋公园",
            DecidingBody.ResidentsCouncil, new Fund(FundSource.Granted, "社区保障激励资金", Money.FromYuan(50_000m), new ActorId("JWH-1")), null, directory, At);

    // Each command twice: on what exists, and naming what does not; the rule the second must break.
    public static TheoryData<string, Action<ICommunityDirectory>, Action<ICommunityDirectory>, string> Commands() => new()
    {
        { "ParticipationProfile.Open (community)", d => ParticipationProfile.Open(Member, CommunityUnit.Living(Guanghua), d, At), d => ParticipationProfile.Open(Member, CommunityUnit.Living(Nowhere), d, At), CommunityRules.UnitIsEstablished },
        { "ParticipationProfile.Open (participant)", d => ParticipationProfile.Open(Member, CommunityUnit.Living(Guanghua), d, At), d => ParticipationProfile.Open(new ActorId("NOBODY"), CommunityUnit.Living(Guanghua), d, At), ActorRules.ActorIsRegistered },
        { "GovernanceArrangement.Make", d => GovernanceArrangement.Make(new GovernanceArrangementId("GA-1"), CommunityUnit.Administrative(Heping), d, At), d => GovernanceArrangement.Make(new GovernanceArrangementId("GA-1"), CommunityUnit.Administrative(Unestablished), d, At), CommunityRules.UnitIsEstablished },
        { "CoverageRegister.Open", d => CoverageRegister.Open(Wenjiang, d, At), d => CoverageRegister.Open(AreaCode.Parse("510116"), d, At), CommunityRules.UnitIsEstablished },
        { "PersonalInformationAccessLog.Open", d => PersonalInformationAccessLog.Open(Guanghua, d, At), d => PersonalInformationAccessLog.Open(Nowhere, d, At), CommunityRules.UnitIsEstablished },
        { "OwnershipRegister.Open", d => OwnershipRegister.Open(Guanghua, new ActorId("KFS-1"), d, At), d => OwnershipRegister.Open(Nowhere, new ActorId("KFS-1"), d, At), CommunityRules.UnitIsEstablished },
        { "WorkAccessList.Publish", d => WorkAccessList.Publish(Wenjiang, new LocalDate(2026, 1, 1), [], d, At), d => WorkAccessList.Publish(AreaCode.Parse("510116"), new LocalDate(2026, 1, 1), [], d, At), CommunityRules.UnitIsEstablished },
        { "Actor.RegisterResident (community)", d => Actor.RegisterResident(new ActorId("R-2"), Particulars(new Residence(Heping, Guanghua)), d, At), d => Actor.RegisterResident(new ActorId("R-2"), Particulars(new Residence(Unestablished)), d, At), CommunityRules.UnitIsEstablished },
        { "Actor.RegisterResident (living community)", d => Actor.RegisterResident(new ActorId("R-2"), Particulars(new Residence(Heping)), d, At), d => Actor.RegisterResident(new ActorId("R-2"), Particulars(new Residence(Heping, Nowhere)), d, At), CommunityRules.UnitIsEstablished },
        { "CommunityBuildingProcess.Open", d => OpenProcess(Heping, d), d => OpenProcess(Unestablished, d), CommunityRules.UnitIsEstablished },
        { "Actor.MoveResidence", d => Actor.RegisterResident(new ActorId("R-2"), Particulars(new Residence(Heping)), d, At).MoveResidence(new Residence(Heping, Guanghua), d, At), d => Actor.RegisterResident(new ActorId("R-2"), Particulars(new Residence(Heping)), d, At).MoveResidence(new Residence(Unestablished), d, At), CommunityRules.UnitIsEstablished },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_command_naming_what_does_not_exist_is_refused_with_its_rule(string command, Action<ICommunityDirectory> onWhatExists, Action<ICommunityDirectory> onWhatDoesNot, string rule)
    {
        var directory = World();

        onWhatExists(directory);
        var refused = Assert.Throws<DomainRuleViolationException>(() => onWhatDoesNot(directory));

        Assert.True(rule == refused.Rule, $"{command}: {refused.Rule}: {refused.Message}");
    }

    [Fact]
    public void A_task_is_set_only_on_an_established_community_and_the_refusal_changes_nothing()
    {
        var directory = World();
        var list = WorkAccessList.Publish(Wenjiang, new LocalDate(2026, 1, 1), [new WorkItem(new WorkItemCode("census"), "人口普查", WorkItemGroup.AssistedWork)], directory, At);
        var department = Actor.RegisterOrganisation(new ActorId("TJJ"), ActorKind.VerticalDepartment, "统计局", At);
        var rights = GovernanceRightsIndex.Build([]);

        var set = CommunityTask.Set(new CommunityTaskId("T-1"), department, Heping, new WorkItemCode("census"), "入户核查", list, null, rights, directory, At);
        var refused = Assert.Throws<DomainRuleViolationException>(() =>
            CommunityTask.Set(new CommunityTaskId("T-2"), department, Unestablished, new WorkItemCode("census"), "入户核查", list, null, rights, directory, At));

        Assert.Equal(CommunityRules.UnitIsEstablished, refused.Rule);
        Assert.Equal(Heping, set.Community);
    }
}
