using NodaTime;

namespace Wenjiang.Scenario;

/// <summary>
/// The fixed instants of the scenario. Nothing reads the system clock: the same instants on every run make the
/// report the same on every run.
/// </summary>
internal static class Timeline
{
    /// <summary>The zone the district lives in (China Standard Time, UTC+8, no daylight saving).</summary>
    public static DateTimeZone Zone { get; } = DateTimeZone.ForOffset(Offset.FromHours(8));

    /// <summary>The governance year 2026: every right granted in the scenario is valid for it.</summary>
    public static Interval Year { get; } = new(At(2026, 1, 1, 0), At(2027, 1, 1, 0));

    /// <summary>When the divisions are taken into the hierarchy: the first day of the year, Beijing time.</summary>
    public static Instant DivisionsLoaded => Year.Start;

    /// <summary>When the living communities are founded and mapped.</summary>
    public static Instant LivingCommunitiesFounded { get; } = At(2026, 1, 5, 9);

    /// <summary>When the district grants and delegates its rights.</summary>
    public static Instant RightsDelegated { get; } = At(2026, 1, 6, 9);

    /// <summary>When the actors are registered and given their responsibilities: after the living communities are founded, before rights are delegated to them.</summary>
    public static Instant ActorsRegistered { get; } = At(2026, 1, 5, 14);

    /// <summary>When the eight-items programme starts in every community taking part.</summary>
    public static Instant ProgrammeStarted { get; } = At(2026, 1, 12, 9);

    /// <summary>When market and social resources are integrated into communities' rights.</summary>
    public static Instant ResourcesIntegrated { get; } = At(2026, 2, 2, 10);

    /// <summary>When Heping Community is divided into grids and its grid workers are posted.</summary>
    public static Instant GridsDrawn { get; } = At(2026, 2, 24, 9);

    /// <summary>When one grid worker is reposted to the other grid.</summary>
    public static Instant GridWorkerReposted { get; } = At(2026, 4, 1, 9);

    /// <summary>When a grid worker reports a case on their rounds (网格员上报).</summary>
    public static Instant GridCaseReported { get; } = At(2026, 4, 8, 10);

    /// <summary>When the first demand of the scenario is raised.</summary>
    public static Instant FirstDemand { get; } = At(2026, 3, 2, 9);

    /// <summary>When the boundary adjustment moves one building between jurisdictions.</summary>
    public static Instant BoundaryAdjusted { get; } = At(2026, 3, 16, 9);

    /// <summary>The instant the report is drawn up: the fixed "now" of the report's clock.</summary>
    public static Instant ReportAt { get; } = At(2026, 4, 30, 17);

    /// <summary>An instant given in Beijing time.</summary>
    /// <param name="year">Year.</param>
    /// <param name="month">Month.</param>
    /// <param name="day">Day.</param>
    /// <param name="hour">Hour of day, Beijing time.</param>
    /// <returns>The instant.</returns>
    public static Instant At(int year, int month, int day, int hour) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(Zone).ToInstant();
}
