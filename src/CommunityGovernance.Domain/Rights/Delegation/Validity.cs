using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>Interval arithmetic for validities, where either end may be open.</summary>
internal static class Validity
{
    /// <summary>Whether <paramref name="inner"/> starts no earlier and ends no later than <paramref name="outer"/>.</summary>
    public static bool IsWithin(Interval inner, Interval outer)
    {
        var startsInside = !outer.HasStart || (inner.HasStart && inner.Start >= outer.Start);
        var endsInside = !outer.HasEnd || (inner.HasEnd && inner.End <= outer.End);
        return startsInside && endsInside;
    }

    /// <summary>Whether the validity has ended by <paramref name="instant"/>.</summary>
    public static bool HasEndedBy(Interval validity, Instant instant) => validity.HasEnd && validity.End <= instant;

    /// <summary>
    /// The validity cut to end at <paramref name="end"/> if it ran longer. A validity that would only start after
    /// the cut becomes the empty interval at the cut, so it still lies within every validity it was within.
    /// </summary>
    public static Interval EndingBy(Interval validity, Instant end)
    {
        if (validity.HasEnd && validity.End <= end)
        {
            return validity;
        }

        var start = validity.HasStart ? (validity.Start < end ? validity.Start : end) : (Instant?)null;
        return new Interval(start, end);
    }

    /// <summary>The validity with its end moved to <paramref name="end"/>, its start kept.</summary>
    public static Interval Extended(Interval validity, Instant end) => new(validity.HasStart ? validity.Start : null, end);
}
