using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Testing.Demands;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Testing;

namespace CommunityGovernance.Domain.Tests.Demands.TimeLimits;

public sealed class StageTimelinessTests
{
    private static readonly WorkingCalendar s_china = WorkingCalendar.China;
    private static readonly CommunityUnit s_compound = CommunityUnit.Living(new LivingCommunityId("GY-01"));
    private static readonly ActorId s_raiser = new("R-1");
    private static readonly ActorId s_desk = new("SO-1");
    private static readonly ServiceDefinition s_service = new(new ServiceCode("LIFT"), "电梯故障", "设施", DemandCategory.PublicService, []);

    // Monday 2 March 2026, 09:00 in Beijing: an ordinary working day.
    private static readonly Instant s_monday = Beijing(2026, 3, 2, 9, 0);

    [Fact]
    public void A_stage_ended_exactly_at_its_due_instant_is_on_time_and_one_tick_later_is_late()
    {
        var due = s_china.Add(s_monday, StageTimeLimits.Default.Accept!.Value);   // 2 working hours: 11:00
        var onTheDot = Raised("D-1");
        onTheDot.Accept(s_desk, due);
        var late = Raised("D-2");
        late.Accept(s_desk, due + Duration.Epsilon);

        Assert.Equal(Beijing(2026, 3, 2, 11, 0), due);
        Assert.True(onTheDot.IsStageOnTime(DemandStage.Accept, s_china));
        Assert.False(late.IsStageOnTime(DemandStage.Accept, s_china));

        var accept = StageTimeliness.Measure([onTheDot, late], s_china, new FakeClock(due + Duration.FromDays(1)))[DemandStage.Accept];
        Assert.Equal(new StageMetrics(2, 1, 0), accept);
        Assert.Equal(0.5, accept.OnTimeRate);
    }

    [Fact]
    public void Running_stages_count_as_overdue_not_as_ended_and_demands_without_limits_are_left_out()
    {
        var accepted = Raised("D-1");
        accepted.Accept(s_desk, s_monday + Duration.FromHours(1));           // dispatch runs from 10:00, due at the close of Tuesday
        var waiting = Raised("D-2");                                          // accept runs, due 11:00
        var unlimited = Demand.Raise(
            new DemandId("D-3"), s_raiser, s_compound, s_service, "No limits.", new DemandIntake(IntakeChannel.WalkIn, DemandUrgency.Routine),
            DemandDeadlines.Default, EverythingExists.Directory, s_monday);

        var measured = StageTimeliness.Measure([accepted, waiting, unlimited], s_china, new FakeClock(Beijing(2026, 3, 3, 17, 30)));

        Assert.Equal(new StageMetrics(1, 1, 1), measured[DemandStage.Accept]);
        Assert.Equal(new StageMetrics(0, 0, 1), measured[DemandStage.Dispatch]);
        Assert.Null(measured[DemandStage.Dispatch].OnTimeRate);
        Assert.Equal(Enum.GetValues<DemandStage>(), measured.Keys);
    }

    [Fact]
    public void A_stage_ended_over_a_holiday_is_judged_on_the_working_calendar()
    {
        // Accepted on 30 September 2025 at 10:00; the next working day is 9 October (National Day and Mid-Autumn).
        var raisedAt = Beijing(2025, 9, 30, 9, 0);
        var demand = Raised("D-1", raisedAt);
        demand.Accept(s_desk, Beijing(2025, 9, 30, 10, 0));
        demand.Route(s_desk, Responsible(), Beijing(2025, 10, 9, 16, 0));

        Assert.Equal(Beijing(2025, 10, 9, 17, 0), demand.StageDueAt(DemandStage.Dispatch, s_china));
        Assert.True(demand.IsStageOnTime(DemandStage.Dispatch, s_china));
        Assert.Equal(new StageMetrics(1, 1, 0), StageTimeliness.Measure([demand], s_china, new FakeClock(raisedAt))[DemandStage.Dispatch]);
    }

    [Fact]
    public void Measuring_refuses_missing_inputs()
    {
        var rule = Assert.Throws<CommunityGovernance.Kernel.DomainRuleViolationException>(() => StageTimeliness.Measure(null!, s_china, new FakeClock(s_monday))).Rule;

        Assert.Equal(CommunityGovernance.Kernel.KernelRules.ValueIsRequired, rule);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(DemandArbitraries) })]
    public Property On_time_and_late_add_up_to_the_ended_stages_and_rates_lie_between_zero_and_one(DemandScenario[] scenarios, int hoursLater)
    {
        var demands = scenarios.Select(s => s.Run()).ToList();
        var now = new FakeClock(demands.Select(d => d.Steps[^1].At).DefaultIfEmpty(s_monday).Max() + Duration.FromHours(Math.Abs(hoursLater % 500)));

        var measured = StageTimeliness.Measure(demands, s_china, now);

        return Enum.GetValues<DemandStage>().All(stage =>
            {
                var metrics = measured[stage];
                // Counted again from each demand's own stage instants, not from IsStageOnTime.
                var ended = demands.Where(d => d.StageDueAt(stage, s_china) is not null && d.StageEndedAt(stage) is not null).ToList();
                var late = ended.Count(d => d.StageEndedAt(stage) > d.StageDueAt(stage, s_china));
                var running = demands.Count(d => d.StageStartedAt(stage) is not null && d.StageEndedAt(stage) is null);
                return metrics.Ended == ended.Count
                    && metrics.OnTime + late == metrics.Ended
                    && metrics.RunningOverdue <= running
                    && metrics.Ended + metrics.RunningOverdue <= demands.Count
                    && (metrics.OnTimeRate is null ? metrics.Ended == 0 : metrics.OnTimeRate is >= 0 and <= 1);
            })
            .Label(string.Join("; ", measured.Select(m => $"{m.Key}: {m.Value}")))
            .Classify(measured.Values.Any(m => m.OnTime < m.Ended), "some stage late")
            .Classify(measured.Values.Any(m => m.RunningOverdue > 0), "some stage running overdue");
    }

    [ScaledProperty(Arbitrary = new[] { typeof(DemandArbitraries) })]
    public Property A_stage_is_on_time_exactly_when_it_ends_no_later_than_its_due_instant(DemandId id, PositiveInt minutes)
    {
        // The accept stage ended at some minute around its due instant: on time up to and including the due instant.
        var due = s_china.Add(s_monday, StageTimeLimits.Default.Accept!.Value);
        var acceptedAt = s_monday + Duration.FromMinutes(minutes.Get % 600);
        var demand = Raised(id, s_monday);
        demand.Accept(s_desk, acceptedAt);

        var metrics = StageTimeliness.Measure([demand], s_china, new FakeClock(acceptedAt))[DemandStage.Accept];

        return (metrics.Ended == 1 && metrics.OnTime == (acceptedAt <= due ? 1 : 0) && demand.IsStageOnTime(DemandStage.Accept, s_china) == (acceptedAt <= due))
            .Classify(acceptedAt == due, "exactly at the due instant");
    }

    private static Demand Raised(string id, Instant? at = null) => Raised(new DemandId(id), at ?? s_monday);

    private static Demand Raised(DemandId id, Instant at) => Demand.Raise(
        id, s_raiser, s_compound, s_service, "The lift of building 3 has stopped.",
        new DemandIntake(IntakeChannel.Hotline12345, DemandUrgency.Routine), DemandDeadlines.Default, StageTimeLimits.Default,
        EverythingExists.Directory, at);

    private static Actor Responsible()
    {
        var actor = Actor.RegisterOrganisation(new ActorId("PC-1"), ActorKind.PropertyCompany, "物业", s_monday);
        actor.AssignResponsibility(DemandCategory.PublicService, s_compound, EverythingExists.Directory, s_monday);
        return actor;
    }

    private static Instant Beijing(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant();
}
