using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Kernel;
using NodaTime;
using NodaTime.Testing;

namespace CommunityGovernance.Domain.Tests.Demands;

/// <summary>Verification by a third party, the desk's conclusion and escalation of an overdue stage, by example.</summary>
public sealed class DemandPracticeTests
{
    private static readonly WorkingCalendar s_china = WorkingCalendar.China;
    private static readonly CommunityUnit s_compound = CommunityUnit.Living(new LivingCommunityId("GY-01"));
    private static readonly ActorId s_raiser = new("R-1");
    private static readonly ActorId s_desk = new("SO-1");
    private static readonly ActorId s_gridWorker = new("GW-1");
    private static readonly Instant s_monday = new LocalDateTime(2026, 3, 2, 9, 0).InZoneStrictly(s_china.Zone).ToInstant();

    [Fact]
    public void A_grid_worker_verifies_on_site_and_the_desk_concludes()
    {
        var (demand, property) = Responded();

        demand.Verify(s_gridWorker, VerificationMethod.OnSiteCheck, resolved: true, "现场查看，电梯已恢复运行", Day(3));
        demand.Conclude(s_desk, Day(4), "回访无人接听，按核查结果办结");

        Assert.Equal(DemandStatus.Closed, demand.Status);
        Assert.Null(demand.Evaluation);   // the raiser's own evaluation stays distinct from the verification
        Assert.Equal(new DemandVerification(s_gridWorker, VerificationMethod.OnSiteCheck, true, "现场查看，电梯已恢复运行", Day(3)), Assert.Single(demand.Verifications));
        Assert.Equal(0, demand.ReworkCount);
        Assert.Equal(property.Id, demand.Assignee);
    }

    [Fact]
    public void A_failed_verification_sends_the_demand_back_for_rework_and_nothing_awaits_closing()
    {
        var (demand, property) = Responded();

        demand.Verify(s_desk, VerificationMethod.FollowUpCall, resolved: false, "回访：电梯仍不能运行", Day(3));

        Assert.Equal(DemandStatus.InProgress, demand.Status);
        Assert.Equal(1, demand.ReworkCount);
        Assert.Equal(Day(3), demand.StageStartedAt(DemandStage.Handle));
        Assert.Equal(Day(3), demand.StageEndedAt(DemandStage.Close));
        Assert.False(demand.IsOverdue(DemandStage.Close, s_china, new FakeClock(Day(30))));
        var refused = Assert.Throws<DomainRuleViolationException>(() => demand.Escalate(s_desk, DemandStage.Close, s_china, Day(30)));
        Assert.Equal(DemandRules.EscalatedWhenOverdue, refused.Rule);

        demand.Respond(property.Id, "更换了控制板", "维保单位到场", Day(4));
        Assert.Null(demand.StageEndedAt(DemandStage.Close));
    }

    [Theory]
    [InlineData("R-1")]   // the raiser evaluates; he does not verify
    [InlineData("PC-1")]  // the assignee does not verify its own work
    public void Neither_the_raiser_nor_the_assignee_verifies(string verifier)
    {
        var (demand, _) = Responded();
        var before = demand.ToSnapshot();

        var refused = Assert.Throws<DomainRuleViolationException>(() => demand.Verify(new ActorId(verifier), VerificationMethod.OnSiteCheck, true, "ok", Day(3)));

        Assert.Equal(DemandRules.VerifiedByThirdParty, refused.Rule);
        Assert.Equal(before, demand.ToSnapshot());
    }

    [Fact]
    public void An_overdue_stage_is_escalated_to_the_street_then_the_district_and_no_further()
    {
        var demand = Raised();
        demand.Accept(s_desk, s_monday);
        var due = demand.StageDueAt(DemandStage.Dispatch, s_china)!.Value;   // 1 working day: the close of Tuesday

        var early = Assert.Throws<DomainRuleViolationException>(() => demand.Escalate(s_desk, DemandStage.Dispatch, s_china, due));
        demand.Escalate(s_desk, DemandStage.Dispatch, s_china, due + Duration.FromMinutes(1), "派单超时");
        demand.Escalate(new ActorId("SO-2"), DemandStage.Dispatch, s_china, due + Duration.FromDays(1));
        var beyond = Assert.Throws<DomainRuleViolationException>(() => demand.Escalate(s_desk, DemandStage.Dispatch, s_china, due + Duration.FromDays(2)));

        Assert.Equal(DemandRules.EscalatedWhenOverdue, early.Rule);
        Assert.Equal(DemandRules.EscalationStopsAtDistrict, beyond.Rule);
        Assert.Equal([AdministrativeLevel.Street, AdministrativeLevel.District], demand.Escalations.Select(e => e.To));
        Assert.Equal(AdministrativeLevel.District, demand.SupervisingLevel);
        Assert.Equal(DemandStatus.Accepted, demand.Status);
        Assert.Equal(DemandStepKind.Escalate, demand.Steps[^1].Kind);
        Assert.Null(demand.Steps[^1].StatusAfter);
    }

    [Fact]
    public void A_stage_that_ended_or_has_not_started_is_not_escalated()
    {
        var demand = Raised();
        demand.Accept(s_desk, s_monday + Duration.FromDays(3));   // late, but ended

        Assert.Equal(DemandRules.EscalatedWhenOverdue, Assert.Throws<DomainRuleViolationException>(() => demand.Escalate(s_desk, DemandStage.Accept, s_china, s_monday + Duration.FromDays(4))).Rule);
        Assert.Equal(DemandRules.EscalatedWhenOverdue, Assert.Throws<DomainRuleViolationException>(() => demand.Escalate(s_desk, DemandStage.Handle, s_china, s_monday + Duration.FromDays(40))).Rule);
        Assert.False(demand.IsStageOnTime(DemandStage.Accept, s_china));
    }

    private static Instant Day(int n) => s_monday + Duration.FromDays(n);

    private static Demand Raised() => Demand.Raise(
        new DemandId("D-1"), s_raiser, s_compound, new ServiceDefinition(new ServiceCode("LIFT"), "电梯故障", "设施", DemandCategory.PublicService, []),
        "The lift of building 3 has stopped.", new DemandIntake(IntakeChannel.Hotline12345, DemandUrgency.Urgent), DemandDeadlines.Default, StageTimeLimits.Default,
        EverythingExists.Directory, s_monday);

    private static (Demand Demand, Actor Property) Responded()
    {
        var property = Actor.RegisterOrganisation(new ActorId("PC-1"), ActorKind.PropertyCompany, "物业", s_monday);
        property.AssignResponsibility(DemandCategory.PublicService, s_compound, EverythingExists.Directory, s_monday);
        var demand = Raised();
        demand.Accept(s_desk, s_monday);
        demand.Route(s_desk, property, Day(1));
        demand.StartWork(property.Id, Day(1));
        demand.Respond(property.Id, "已修复", "更换了继电器", Day(2));
        return (demand, property);
    }
}
