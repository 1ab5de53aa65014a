using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Testing;

/// <summary>
/// The one home of generated instants: <see cref="Instants"/> for any test that needs a time, and <see cref="Between"/>
/// for a test that needs times in a given span at a given grain (a calendar's years, one year on the hour).
/// </summary>
public static class TimeGenerators
{
    /// <summary>The start of <see cref="Instants"/>: 2020-01-01T00:00Z.</summary>
    public static Instant Start { get; } = Instant.FromUtc(2020, 1, 1, 0, 0);

    /// <summary>The end of <see cref="Instants"/>, excluded: 2030-01-01T00:00Z.</summary>
    public static Instant End { get; } = Instant.FromUtc(2030, 1, 1, 0, 0);

    /// <summary>Instants from <see cref="Start"/> up to <see cref="End"/>, to the second, uniformly.</summary>
    public static Gen<Instant> Instants { get; } = Between(Start, End, Duration.FromSeconds(1));

    /// <summary>Instants from <paramref name="start"/> up to <paramref name="end"/> (excluded), on multiples of <paramref name="step"/> after the start.</summary>
    /// <param name="start">The first instant that can be drawn.</param>
    /// <param name="end">The instant after the last; later than <paramref name="start"/>.</param>
    /// <param name="step">The grain: positive, and no finer than 2³¹ steps over the span.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span is empty, the step is not positive, or the span holds more than 2³¹ steps.</exception>
    public static Gen<Instant> Between(Instant start, Instant end, Duration step)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step, Duration.Zero);
        if (end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"The span must end after it starts ({start}).");
        }

        // Whole steps that start before the end: the span divided by the step, rounded up.
        var (span, grain) = ((end - start).ToInt64Nanoseconds(), step.ToInt64Nanoseconds());
        var count = (span / grain) + (span % grain == 0 ? 0 : 1);
        if (count > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, $"A span of {end - start} must hold at most {int.MaxValue} steps of {step}.");
        }

        return Gen.Choose(0, (int)count - 1).Select(n => start + (step * n));
    }
}
