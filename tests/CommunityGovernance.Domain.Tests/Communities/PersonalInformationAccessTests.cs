using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities;

public sealed class PersonalInformationAccessTests
{
    private static readonly HouseholdRegisterEntry s_entry = new(new BuildingId("GY-01-B1"), "2-301", new ActorId("R-0042"), "张秀英", "13800000000");

    private static readonly PersonalInformationAccessRequest s_lawful = new(
        new ActorId("JD-510115001"), new ActorId("R-0042"), LegalBasis.Emergency, "温江区防汛应急响应 2025-07", "通知转移避险");

    private static readonly AdministrativeCommunityId s_heping = AdministrativeCommunityId.Parse("510115001001");

    // Heping covers Guanghua; Liucheng's street office holds inspection over its street, Tianfu's over its own.
    private static readonly CrossingWorld s_world = new CrossingWorld(TestTime.Start - Duration.FromDays(1))
        .Cover(new LivingCommunityId("GUANGHUA"), s_heping)
        .Grant(new ActorId("JD-510115001"), GovernancePowers.Of(GovernancePower.InspectionAndAssessment), CommunityUnit.Administrative(AreaCode.Parse("510115001")))
        .Grant(new ActorId("JD-510115002"), GovernancePowers.Of(GovernancePower.InspectionAndAssessment), CommunityUnit.Administrative(AreaCode.Parse("510115002")));

    private static PersonalInformationAccessLog Log() => PersonalInformationAccessLog.Open(new LivingCommunityId("GUANGHUA"), EverythingExists.Directory, TestTime.Start);

    [Fact]
    public void A_lawful_access_is_logged_and_then_reads()
    {
        var log = Log();

        var phone = log.Access(s_lawful, s_entry, entry => entry.Phone, s_world.Rights, s_world, TestTime.Minutes(1));

        Assert.Equal("13800000000", phone);
        var entry = Assert.Single(log.Entries);
        Assert.Equal((s_lawful.Requester, s_lawful.Subject, LegalBasis.Emergency, "通知转移避险"), (entry.Requester, entry.Subject, entry.Basis, entry.Purpose));
        Assert.Equal(TestTime.Minutes(1), entry.OccurredAt);
    }

    [Fact]
    public void The_log_never_holds_the_personal_datum_read()
    {
        var log = Log();
        log.Access(s_lawful, s_entry, entry => entry.Name, s_world.Rights, s_world, TestTime.Minutes(1));

        var logged = string.Join("\n", log.PendingEvents.Select(e => e.ToString()));

        Assert.DoesNotContain("张秀英", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000000", logged, StringComparison.Ordinal);
    }

    [Fact]
    public void The_access_is_logged_before_the_read_runs()
    {
        var log = Log();
        var entriesSeenByRead = -1;

        log.Access(s_lawful, s_entry, _ => entriesSeenByRead = log.Entries.Count, s_world.Rights, s_world, TestTime.Minutes(1));

        Assert.Equal(1, entriesSeenByRead);
    }

    [Theory]
    [InlineData(null, "ref", "purpose", CommunityRules.PersonalInformationAccessHasLegalBasis)]
    [InlineData(LegalBasis.Consent, " ", "purpose", CommunityRules.PersonalInformationAccessHasLegalBasis)]
    [InlineData(LegalBasis.StatutoryDuty, null, "purpose", CommunityRules.PersonalInformationAccessHasLegalBasis)]
    [InlineData(LegalBasis.Consent, "ref", "", CommunityRules.PersonalInformationAccessHasPurpose)]
    [InlineData(LegalBasis.Emergency, "ref", null, CommunityRules.PersonalInformationAccessHasPurpose)]
    public void An_access_without_basis_or_purpose_is_refused_naming_the_rule(LegalBasis? basis, string? reference, string? purpose, string rule)
    {
        var log = Log();
        var ran = false;

        var error = Assert.Throws<DomainRuleViolationException>(() => log.Access(s_lawful with { Basis = basis, BasisReference = reference, Purpose = purpose }, s_entry, e => ran = true, s_world.Rights, s_world, TestTime.Start));

        Assert.Equal(rule, error.Rule);
        Assert.False(ran);
        Assert.Empty(log.Entries);
        Assert.DoesNotContain("张秀英", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_access_names_its_requester_and_subject()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => Log().Access(s_lawful with { Subject = default }, s_entry, e => e.Name, s_world.Rights, s_world, TestTime.Start));
        Assert.Equal(CommunityRules.PersonalInformationAccessNamesRequesterAndSubject, error.Rule);
    }

    [Fact]
    public void The_log_says_whether_the_requesters_jurisdiction_or_a_statutory_duty_reached_the_information()
    {
        var log = Log();
        var tianfu = s_lawful with { Requester = new ActorId("JD-510115002") };

        log.Access(s_lawful, s_entry, e => e.Unit, s_world.Rights, s_world, TestTime.Minutes(1));
        log.Access(tianfu with { Basis = LegalBasis.StatutoryDuty, BasisReference = "《突发公共卫生事件应急条例》", DutyScope = AreaCode.Parse("510115") }, s_entry, e => e.Unit, s_world.Rights, s_world, TestTime.Minutes(2));

        Assert.Collection(
            log.Entries,
            e => Assert.Equal((AccessGround.Jurisdiction, s_heping.AreaCode), (e.Ground, e.GroundScope)),
            e => Assert.Equal((AccessGround.StatutoryScope, AreaCode.Parse("510115")), (e.Ground, e.GroundScope)));
    }

    [Theory]
    [InlineData(LegalBasis.Emergency, null)]
    [InlineData(LegalBasis.Consent, "510115")]
    [InlineData(LegalBasis.StatutoryDuty, null)]
    [InlineData(LegalBasis.StatutoryDuty, "510116")]
    [InlineData(LegalBasis.StatutoryDuty, "510115002")]
    public void A_requester_without_jurisdiction_is_refused_unless_a_statutory_duty_names_a_scope_that_reaches(LegalBasis basis, string? scope)
    {
        var log = Log();
        var ran = false;
        var tianfu = s_lawful with { Requester = new ActorId("JD-510115002"), Basis = basis, DutyScope = scope is null ? null : AreaCode.Parse(scope) };

        var error = Assert.Throws<DomainRuleViolationException>(() => log.Access(tianfu, s_entry, e => ran = true, s_world.Rights, s_world, TestTime.Minutes(1)));

        Assert.Equal(CommunityRules.PersonalInformationAccessHasJurisdiction, error.Rule);
        Assert.Contains("510115001001", error.Message, StringComparison.Ordinal);
        Assert.False(ran);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public void A_requester_without_any_right_or_a_holder_no_community_covers_gives_no_jurisdiction()
    {
        var withoutRights = new CrossingWorld(TestTime.Start - Duration.FromDays(10)).Cover(new LivingCommunityId("GUANGHUA"), s_heping);
        var orphan = PersonalInformationAccessLog.Open(new LivingCommunityId("NOWHERE"), EverythingExists.Directory, TestTime.Start);

        var uncovered = Assert.Throws<DomainRuleViolationException>(() => orphan.Access(s_lawful, s_entry, e => e.Unit, s_world.Rights, s_world, TestTime.Minutes(1)));
        var noRight = Assert.Throws<DomainRuleViolationException>(() => Log().Access(s_lawful, s_entry, e => e.Unit, withoutRights.Rights, withoutRights, TestTime.Minutes(1)));

        Assert.Equal(CommunityRules.PersonalInformationAccessHasJurisdiction, uncovered.Rule);
        Assert.Contains("no administrative community covers it", uncovered.Message, StringComparison.Ordinal);
        Assert.Equal(CommunityRules.PersonalInformationAccessHasJurisdiction, noRight.Rule);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(CommunityArbitraries) })]
    public Property An_access_without_basis_is_always_refused_and_changes_nothing(LivingCommunityId holder, PersonalInformationAccessRequest lawful)
    {
        return Prop.ForAll(Arb.From(CrossingGenerators.UnlawfulAccessRequest), unlawful =>
        {
            var log = PersonalInformationAccessLog.Open(holder, EverythingExists.Directory, TestTime.Start);
            var world = new CrossingWorld(TestTime.Start).Cover(holder, s_heping);
            foreach (var requester in new[] { lawful.Requester, unlawful.Requester }.Where(r => r.Value.Length != 0).Distinct())
            {
                world.Grant(requester, GovernancePowers.All, CommunityUnit.Administrative(s_heping));
            }

            log.Access(lawful, s_entry, e => e.Unit, world.Rights, world, TestTime.Minutes(1));
            var before = log.ToSnapshot();
            var version = log.Version;
            var ran = false;

            var refused = false;
            try
            {
                log.Access(unlawful, s_entry, e => ran = true, world.Rights, world, TestTime.Minutes(2));
            }
            catch (DomainRuleViolationException)
            {
                refused = true;
            }

            return (refused && !ran && log.ToSnapshot() == before && log.Version == version).Label(unlawful.ToString());
        });
    }

    [ScaledProperty(Arbitrary = new[] { typeof(CommunityArbitraries) })]
    public Property Every_lawful_access_is_logged_once_and_the_log_rebuilds(LivingCommunityId holder, PersonalInformationAccessRequest[] requests)
    {
        var log = PersonalInformationAccessLog.Open(holder, EverythingExists.Directory, TestTime.Start);
        var world = new CrossingWorld(TestTime.Start).Cover(holder, s_heping);
        foreach (var requester in requests.Select(r => r.Requester).Where(r => r.Value.Length != 0).Distinct())
        {
            world.Grant(requester, GovernancePowers.Of(GovernancePower.InspectionAndAssessment), CommunityUnit.Administrative(s_heping));
        }

        foreach (var (request, i) in requests.Select((r, i) => (r, i)))
        {
            log.Access(request, s_entry, e => e.Building, world.Rights, world, TestTime.Minutes(i));
        }

        var rebuilt = PersonalInformationAccessLog.FromHistory(log.PendingEvents);
        return (log.Entries.Count == requests.Length
                && log.Entries.Select(e => e.Requester).SequenceEqual(requests.Select(r => r.Requester))
                && rebuilt.ToSnapshot() == log.ToSnapshot())
            .ToProperty();
    }
}
