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

    // |days| ≤ 106,750 keeps days × nanoseconds-per-day + nanosecond-of-day inside a long, with room to spare.
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

    /// <summary>A bound as a number: exact within the range, <see cref="long.MinValue"/> before it, <see cref="long.MaxValue"/> after it.</summary>
    public static long Bound(Instant instant) =>
        TryNumber(instant, out var number) ? number : instant < NodaConstants.UnixEpoch ? long.MinValue : long.MaxValue;

    /// <summary>The numbers between which a right is live: from its start to the earlier of its end and its revocation.</summary>
    public static (long From, long Until) LiveSpan(in RightRecord record)
    {
        var from = record.Validity.HasStart ? Bound(record.Validity.Start) : long.MinValue;
        var until = record.Validity.HasEnd ? Bound(record.Validity.End) : long.MaxValue;
        if ((record.Flags & RightRecord.RevokedFlag) != 0)
        {
            until = Math.Min(until, Bound(record.RevokedAt));
        }

        return (from, until);
    }
}
