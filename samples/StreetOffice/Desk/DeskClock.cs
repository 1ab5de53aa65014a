using System.Diagnostics;
using NodaTime;
using Wenjiang.Scenario;

namespace StreetOffice.Desk;

/// <summary>
/// The desk's clock: it opens at the Wenjiang scenario's report instant and runs on from there at the real pace, so
/// the scenario's rights (granted for 2026) hold, and what is done at the desk comes after what the scenario stored.
/// </summary>
internal sealed class DeskClock : IClock
{
    private readonly long _started = Stopwatch.GetTimestamp();

    /// <summary>The instant the desk opens at.</summary>
    public static Instant Opening => Timeline.ReportAt;

    /// <inheritdoc />
    public Instant GetCurrentInstant() => Opening + Duration.FromTimeSpan(Stopwatch.GetElapsedTime(_started));
}
