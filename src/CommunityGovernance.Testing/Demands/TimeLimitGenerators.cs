using CommunityGovernance.Demands;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Testing.Demands;

/// <summary>
/// Generators of working calendars, stage time limits and instants across the years the shipped calendar covers
/// (and a little beyond), so that holidays, make-up working days and year ends are crossed often.
/// </summary>
public static class TimeLimitGenerators
{
    private static readonly Instant s_start = Instant.FromUtc(2024, 1, 1, 0, 0);

    /// <summary>The span the shipped calendar covers and a little beyond: 2024 to early 2027. Draw instants in it with <see cref="TimeGenerators.Between"/>.</summary>
    public static (Instant Start, Instant End) CalendarSpan { get; } = (s_start, s_start + Duration.FromDays((365 * 3) + 60));

    // Instants across the span, on the quarter hour.
    private static readonly Gen<Instant> s_instants = TimeGenerators.Between(CalendarSpan.Start, CalendarSpan.End, Duration.FromMinutes(15));

    /// <summary>Limits of 1 to 15 working days or 1 to 40 working hours.</summary>
    public static Gen<StageTimeLimit> Limits { get; } = Gen.OneOf(
        Gen.Choose(1, 15).Select(StageTimeLimit.WorkingDays),
        Gen.Choose(1, 40).Select(StageTimeLimit.WorkingHours));

    /// <summary>Policies with each stage limited four times in five.</summary>
    public static Gen<StageTimeLimits> Policies { get; } =
        from limits in Gen.Frequency((4, Limits.Select(l => (StageTimeLimit?)l)), (1, Gen.Constant<StageTimeLimit?>(null))).ArrayOf(5)
        select new StageTimeLimits(limits[0], limits[1], limits[2], limits[3], limits[4]);

    /// <summary>
    /// <see cref="WorkingCalendar.China"/>, sometimes with vendor overrides: a few extra holidays and worked weekend
    /// days, and other working hours.
    /// </summary>
    public static Gen<WorkingCalendar> Calendars { get; } =
        from holidays in s_instants.ArrayOf().Select(a => a.Take(4).ToArray())
        from worked in s_instants.ArrayOf().Select(a => a.Take(4).ToArray())
        from hours in Gen.Elements((9, 17), (8, 12), (0, 23), (9, 18))
        select Build(holidays, worked, hours);

    private static WorkingCalendar Build(Instant[] holidays, Instant[] worked, (int Start, int End) hours)
    {
        var calendar = WorkingCalendar.China.WithWorkingHours(new LocalTime(hours.Start, 0), new LocalTime(hours.End, 0));
        foreach (var day in holidays)
        {
            calendar = calendar.WithHoliday(day.InZone(calendar.Zone).Date);
        }

        foreach (var day in worked)
        {
            calendar = calendar.WithWorkingDay(day.InZone(calendar.Zone).Date);
        }

        return calendar;
    }
}
