using Ardalis.GuardClauses;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

/// <summary>
/// How each stage of a set of demands kept its time limit (环节按时率): the stages that ended, those that ended by
/// their due instant, and those still running past it. Demands raised without limits are left out.
/// </summary>
public static class StageTimeliness
{
    /// <summary>Measures every stage over <paramref name="demands"/>.</summary>
    /// <param name="demands">The demands.</param>
    /// <param name="calendar">The working calendar the limits are counted on.</param>
    /// <param name="clock">The clock that says "now" for running stages.</param>
    /// <returns>One entry per stage, in stage order.</returns>
    public static IReadOnlyDictionary<DemandStage, StageMetrics> Measure(IEnumerable<Demand> demands, WorkingCalendar calendar, IClock clock)
    {
        Guard.Against.MissingValue(demands);
        Guard.Against.MissingValue(calendar);
        Guard.Against.MissingValue(clock);
        var list = demands.Where(d => d.Limits is not null).ToList();
        return Enum.GetValues<DemandStage>().ToDictionary(
            stage => stage,
            stage => new StageMetrics(
                list.Count(d => d.IsStageOnTime(stage, calendar) is not null),
                list.Count(d => d.IsStageOnTime(stage, calendar) == true),
                list.Count(d => d.IsOverdue(stage, calendar, clock))));
    }
}

/// <summary>How one stage kept its time limit over a set of demands.</summary>
/// <param name="Ended">Stages that ended (under a limit).</param>
/// <param name="OnTime">Ended stages that ended by their due instant.</param>
/// <param name="RunningOverdue">Stages still running past their due instant.</param>
public sealed record StageMetrics(int Ended, int OnTime, int RunningOverdue)
{
    /// <summary>On time ÷ ended, or <see langword="null"/> when none ended.</summary>
    public double? OnTimeRate => Ended == 0 ? null : (double)OnTime / Ended;
}
