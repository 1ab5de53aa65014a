using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing;
using CommunityGovernance.Testing.Demands;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Demands.TimeLimits;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar s_china = WorkingCalendar.China;

    [Theory]
    [InlineData("2025-10-01", false)] // National Day
    [InlineData("2025-10-08", false)] // the Mid-Autumn day added to it
    [InlineData("2025-10-11", true)] // a Saturday worked instead (调休上班)
    [InlineData("2025-09-28", true)] // a Sunday worked instead
    [InlineData("2026-02-14", true)] // the Saturday before the 2026 Spring Festival
    [InlineData("2026-02-23", false)] // the Spring Festival's last day, a Monday
    [InlineData("2026-03-02", true)] // an ordinary Monday
    [InlineData("2026-03-07", false)] // an ordinary Saturday
    public void The_shipped_calendar_knows_the_state_councils_days(string date, bool working)
    {
        Assert.Equal(working, s_china.IsWorkingDay(LocalDatePattern(date)));
    }

    [Fact]
    public void It_covers_2024_to_2026_and_counts_other_years_monday_to_friday()
    {
        Assert.Equal([2024, 2025, 2026], s_china.CoveredYears);
        Assert.False(s_china.Covers(2027));
        Assert.True(s_china.IsWorkingDay(new LocalDate(2027, 1, 1))); // a Friday: unknown until its notice is added
    }

    [Fact]
    public void A_working_day_limit_skips_the_holiday_and_is_due_at_the_close()
    {
        var taken = Beijing(2025, 9, 30, 10, 0);

        Assert.Equal(Beijing(2025, 10, 9, 17, 0), s_china.AddWorkingDays(taken, 1));
        Assert.Equal(Beijing(2025, 9, 28, 17, 0), s_china.AddWorkingDays(Beijing(2025, 9, 26, 16, 0), 1)); // the Sunday worked
    }

    [Fact]
    public void A_working_hour_limit_counts_only_working_hours()
    {
        Assert.Equal(Beijing(2026, 3, 9, 10, 0), s_china.AddWorkingHours(Beijing(2026, 3, 6, 16, 0), 2)); // Friday 16:00 → Monday 10:00
        Assert.Equal(Beijing(2026, 3, 9, 11, 0), s_china.AddWorkingHours(Beijing(2026, 3, 7, 3, 0), 2)); // a Saturday night → Monday 11:00
        Assert.Equal(Beijing(2026, 3, 2, 17, 0), s_china.AddWorkingHours(Beijing(2026, 3, 2, 9, 0), 8));
    }

    [Fact]
    public void A_vendor_adds_a_year_and_overrides_a_day()
    {
        var extended = s_china
            .WithYear(2027, [new LocalDate(2027, 1, 1)], [])
            .WithHoliday(new LocalDate(2026, 3, 2))
            .WithWorkingDay(new LocalDate(2026, 3, 7));

        Assert.True(extended.Covers(2027));
        Assert.False(extended.IsWorkingDay(new LocalDate(2027, 1, 1)));
        Assert.False(extended.IsWorkingDay(new LocalDate(2026, 3, 2)));
        Assert.True(extended.IsWorkingDay(new LocalDate(2026, 3, 7)));
        Assert.True(s_china.IsWorkingDay(new LocalDate(2026, 3, 2)));
    }

    [Fact]
    public void A_table_in_the_shipped_shape_adds_its_years()
    {
        using var table = new StringReader("date,kind,name\n2027-01-01,holiday,元旦\n2027-02-20,workday,春节\n");

        var extended = s_china.WithYears(table);

        Assert.Equal([2024, 2025, 2026, 2027], extended.CoveredYears);
        Assert.True(extended.IsWorkingDay(new LocalDate(2027, 2, 20)));
    }

    [Fact]
    public void Malformed_calendars_and_limits_name_their_rules()
    {
        Assert.Equal(DemandRules.WorkingCalendarIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => s_china.WithWorkingHours(new LocalTime(17, 0), new LocalTime(9, 0))).Rule);
        Assert.Equal(DemandRules.WorkingCalendarIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => s_china.WithYear(2027, [new LocalDate(2026, 12, 31)], [])).Rule);
        Assert.Equal(DemandRules.WorkingCalendarIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => s_china.WithYear(2027, [new LocalDate(2027, 1, 2)], [new LocalDate(2027, 1, 2)])).Rule);
        Assert.Equal(DemandRules.WorkingCalendarIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => s_china.WithYears(new StringReader("day,off\n"))).Rule);
        Assert.Equal(DemandRules.StageTimeLimitIsPositive, Assert.Throws<DomainRuleViolationException>(() => StageTimeLimit.WorkingDays(0)).Rule);
        Assert.Equal(DemandRules.StageTimeLimitIsPositive, Assert.Throws<DomainRuleViolationException>(() => new StageTimeLimits(default(StageTimeLimit), null, null, null, null)).Rule);
        Assert.Equal(DemandRules.StageIsKnown, Assert.Throws<DomainRuleViolationException>(() => StageTimeLimits.Default.For((DemandStage)0)).Rule);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public Property A_due_instant_is_within_the_working_hours_of_a_working_day_and_after_the_start(WorkingCalendar calendar, Instant start, StageTimeLimit limit)
    {
        var due = calendar.Add(start, limit);
        var local = due.InZone(calendar.Zone);

        return (calendar.IsWorkingDay(local.Date) && local.TimeOfDay > calendar.WorkStarts && local.TimeOfDay <= calendar.WorkEnds && due > start)
            .Label($"{limit} from {start} is due {local}");
    }

    [ScaledProperty(Arbitrary = new[] { typeof(CalendarArbitraries) })]
    public Property A_due_instant_never_moves_backwards(WorkingCalendar calendar, Instant first, Instant second, StageTimeLimit limit)
    {
        var (earlier, later) = first <= second ? (first, second) : (second, first);
        var longer = new StageTimeLimit(Math.Min(limit.Amount + 1, StageTimeLimit.MaxAmount), limit.Unit);

        return (calendar.Add(earlier, limit) <= calendar.Add(later, limit) && calendar.Add(earlier, limit) <= calendar.Add(earlier, longer))
            .Label($"{limit} from {earlier} and {later}");
    }

    private static LocalDate LocalDatePattern(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    private static Instant Beijing(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant();

    public static class CalendarArbitraries
    {
        public static Arbitrary<WorkingCalendar> Calendars() => TimeLimitGenerators.Calendars.ToArbitrary();

        public static Arbitrary<Instant> Instants() => TimeGenerators.Between(TimeLimitGenerators.CalendarSpan.Start, TimeLimitGenerators.CalendarSpan.End, Duration.FromMinutes(15)).ToArbitrary();

        public static Arbitrary<StageTimeLimit> Limits() => TimeLimitGenerators.Limits.ToArbitrary();
    }
}
