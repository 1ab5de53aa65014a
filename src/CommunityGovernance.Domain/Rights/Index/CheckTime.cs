using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// Instants as the check compares them: nanoseconds since the Unix epoch in one <see langword="long"/>, exact for
/// every instant within about 292 years of 1970. Bounds beyond that range saturate, which keeps every comparison
/// with an instant inside it exact; a check at an instant outside it reads the exact validity instead.
/// </summary>
internal static class CheckTime
{
    private const long NanosecondsPerDay = 86_400_000_000_000;

    // |days| ≤ 106,750 keeps days × nanoseconds-per-day + nanosecond-of-day inside a long, with room to spare: no
    // number in the range reaches long.MinValue or long.MaxValue, which stand for open (or saturated) bounds.
    private const int DaysInRange = 106_750;

    /// <summary>The instant as a number, when it lies within the exact range.</summary>
    public static bool TryNumber(Instant instant, out long number)
    {
        var sinceEpoch = instant - NodaConstants.UnixEpoch;
        var days = sinceEpoch.Days;
        if (days is < -DaysInRange or > DaysInRange)
        {
            number = 0;
            return false;
        }

        number = (days * NanosecondsPerDay) + sinceEpoch.NanosecondOfDay;
        return true;
    }

    /// <summary>The instant a number within the exact range stands for.</summary>
    public static Instant InstantOf(long number) => NodaConstants.UnixEpoch.PlusNanoseconds(number);

    /// <summary>
    /// A bound as a number: exact within the range, <see cref="long.MinValue"/> before it, <see cref="long.MaxValue"/>
    /// after it; <paramref name="beyondRange"/> is set when the number is not exact.
    /// </summary>
    public static long Bound(Instant instant, ref bool beyondRange)
    {
        if (TryNumber(instant, out var number))
        {
            return number;
        }

        beyondRange = true;
        return instant < NodaConstants.UnixEpoch ? long.MinValue : long.MaxValue;
    }
}
