using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Testing.Communities;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities;

/// <summary>The district and living communities a coverage register reads, built in one line for a test.</summary>
internal static class CoverageFixtures
{
    private static readonly Instant s_founded = Instant.FromUtc(2020, 1, 1, 0, 0);

    /// <summary>A district that establishes <paramref name="communities"/> and their streets.</summary>
    public static District DistrictWith(AreaCode code, params AdministrativeCommunityId[] communities) =>
        CoverageWorld.EstablishDistrict(code, communities, s_founded);

    /// <summary>A living community with one compound holding <paramref name="buildings"/>.</summary>
    public static LivingCommunity LivingWith(LivingCommunityId id, params string[] buildings) =>
        CoverageWorld.FoundLivingCommunity(id, buildings.Select(b => new BuildingId(b)), s_founded);
}
