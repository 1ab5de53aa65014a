using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities;

/// <summary>The district and living communities a coverage register reads, built in one line for a test.</summary>
internal static class CoverageFixtures
{
    private static readonly Instant s_founded = Instant.FromUtc(2020, 1, 1, 0, 0);

    /// <summary>A district that establishes <paramref name="communities"/> and their streets.</summary>
    public static District DistrictWith(AreaCode code, params AdministrativeCommunityId[] communities)
    {
        var district = District.Establish(code, "温江区", s_founded);
        foreach (var street in communities.Select(c => c.StreetCode).Distinct())
        {
            district.EstablishStreet(street, $"街道{street}", s_founded);
        }

        foreach (var community in communities.Distinct())
        {
            district.EstablishCommunity(community, $"社区{community}", s_founded);
        }

        return district;
    }

    /// <summary>A living community with one compound holding <paramref name="buildings"/>.</summary>
    public static LivingCommunity LivingWith(LivingCommunityId id, params string[] buildings)
    {
        var living = LivingCommunity.Found(id, $"小区{id}", s_founded);
        living.AddCompound(new CompoundId("C-1"), "一期", s_founded);
        foreach (var building in buildings)
        {
            living.AddBuilding(new BuildingId(building), new CompoundId("C-1"), null, building, s_founded);
        }

        return living;
    }
}
