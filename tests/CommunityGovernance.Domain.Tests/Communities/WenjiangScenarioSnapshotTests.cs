using System.Globalization;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using CommunityGovernance.Programmes;
using CommunityGovernance.Rights;
using CommunityGovernance.Tests;
using NodaTime;
using Snapshooter.Xunit;

namespace CommunityGovernance.Domain.Tests.Communities;

public sealed class WenjiangScenarioSnapshotTests
{
    [Fact]
    public void The_event_stream_of_a_Wenjiang_scenario_matches_its_snapshot()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            CommittedSnapshot.Match(Scenario().Select((e, i) => $"{i + 1:D2} {e}").ToList());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void The_scenario_never_prints_personal_data()
    {
        var text = string.Join("\n", Scenario());

        Assert.DoesNotContain("张秀英", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000000", text, StringComparison.Ordinal);
    }

    // The administrative hierarchy, a living community straddling two jurisdictions, a building moved between
    // them, and the three crossings, as a street office, residents' committee and homeowners would live them.
    private static List<DomainEvent> Scenario()
    {
        var events = new List<DomainEvent>();
        var heping = AdministrativeCommunityId.Parse("510115001001");
        var huangjinlu = AdministrativeCommunityId.Parse("510115001002");
        var guanghua = new LivingCommunityId("GUANGHUA-YIJIA");
        var streetOffice = new ActorId("JD-510115001");
        var channel = new ResidentsCommitteeChannel(new ActorId("JWH-510115001001"), heping);
        var homeowners = new SelfGoverningBody(new ActorId("YWH-GUANGHUA"), SelfGoverningBodyKind.HomeownersCommittee);

        var district = District.Establish(AreaCode.Parse("510115"), "温江区", At(0));
        district.EstablishStreet(AreaCode.Parse("510115001"), "柳城街道", At(0));
        district.EstablishCommunity(heping, "和平社区居委会", At(0));
        district.EstablishCommunity(huangjinlu, "黄金路社区居委会", At(0));
        events.AddRange(district.DequeuePendingEvents());

        var living = LivingCommunity.Found(guanghua, "光华逸家", At(10));
        living.AddCompound(new CompoundId("GY-1"), "光华逸家一期", At(10));
        living.AddCourtyard(new CourtyardId("GY-1-GUIHUA"), new CompoundId("GY-1"), "桂花院", At(10));
        living.AddBuilding(new BuildingId("GY-1-B1"), new CompoundId("GY-1"), new CourtyardId("GY-1-GUIHUA"), "1栋", At(10));
        living.AddBuilding(new BuildingId("GY-1-B2"), new CompoundId("GY-1"), null, "2栋", At(10));
        events.AddRange(living.DequeuePendingEvents());

        var coverage = CoverageRegister.Open(district.Code, At(20));
        coverage.PlaceBuilding(new BuildingId("GY-1-B1"), living, heping, district, At(20));
        coverage.PlaceBuilding(new BuildingId("GY-1-B2"), living, huangjinlu, district, At(20));
        coverage.MoveBuilding(new BuildingId("GY-1-B2"), heping, district, At(30));
        events.AddRange(coverage.DequeuePendingEvents());

        var right = GovernanceRight.Grant(new GovernanceRightId("LC-2025-001"), new RightTerms(streetOffice, GovernancePowers.All, CommunityUnit.Administrative(AreaCode.Parse("510115001")), new Interval(At(0), null)), EverythingExists.Directory, At(35));
        var rights = GovernanceRightsIndex.Build(right.PendingEvents);
        events.AddRange(right.DequeuePendingEvents());

        var order = AdministrativeOrder.Sink(new CrossingId("LCJ-2025-017"), streetOffice, GovernancePower.TaskSetting, channel, guanghua, "清理楼栋消防通道", new LocalDate(2025, 3, 31), rights, coverage, At(40));
        order.Accept(homeowners, At(50));
        events.AddRange(order.DequeuePendingEvents());

        var decision = SelfGovernanceDecision.Submit(new CrossingId("GY-ZZ-2025-003"), guanghua, homeowners, new LocalDate(2025, 2, 20), "使用公共维修资金加装电梯", channel, coverage, At(60));
        decision.Acknowledge(streetOffice, "已转区住房和建设局", At(70));
        events.AddRange(decision.DequeuePendingEvents());

        var register = new HouseholdRegisterEntry(new BuildingId("GY-1-B1"), "2-301", new ActorId("R-0042"), "张秀英", "13800000000");
        var log = PersonalInformationAccessLog.Open(guanghua, At(80));
        log.Access(new PersonalInformationAccessRequest(streetOffice, register.Resident, LegalBasis.Emergency, "温江区防汛应急响应 2025-07", "通知转移避险"), register, r => r.Phone, rights, coverage, At(90));
        events.AddRange(log.DequeuePendingEvents());

        var programme = ProgrammeFulfilment.Start(WenjiangEightItems.Template, heping, EverythingExists.Directory, At(100));
        programme.RecordContent("residents-convention", "和平社区居民公约（2025年修订）", At(100));
        programme.AddEvidence("residents-convention", "居民代表会议纪要", new LocalDate(2025, 2, 18), At(100));
        programme.MarkFulfilled("residents-convention", new LocalDate(2025, 2, 20), At(100));
        events.AddRange(programme.DequeuePendingEvents());

        return events;
    }

    private static Instant At(int minutes) => TestTime.Minutes(minutes);
}
