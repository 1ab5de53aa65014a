using NodaTime;

namespace Wenjiang.Scenario;

/// <summary>
/// A clock stopped at one instant, like NodaTime.Testing's FakeClock: the report's "now", so that overdue
/// demands and orders are the same on every run.
/// </summary>
/// <param name="now">The instant the clock always shows.</param>
internal sealed class FixedClock(Instant now) : IClock
{
    /// <inheritdoc />
    public Instant GetCurrentInstant() => now;
}
