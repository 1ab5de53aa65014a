using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities;

/// <summary>Fixed instants for example tests, so that events and snapshots are reproducible.</summary>
internal static class TestTime
{
    public static readonly Instant Start = Instant.FromUtc(2025, 3, 1, 1, 0);

    public static Instant Minutes(int minutes) => Start + Duration.FromMinutes(minutes);
}
