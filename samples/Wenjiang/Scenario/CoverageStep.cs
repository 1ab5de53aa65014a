using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;

namespace Wenjiang.Scenario;

/// <summary>
/// Step 3, the many-to-many record between the sides: places every building of the living communities in the
/// jurisdiction of one administrative community through the <see cref="CoverageRegister"/>. Guanghua Yijia straddles
/// Heping and Huangjinlu communities; in March a boundary adjustment moves one of its buildings across.
/// </summary>
/// <remarks>
/// This class carries no side attribute: it only names each side by its identifier and goes through the
/// library's crossing type, which is the one sanctioned place where the two meet.
/// </remarks>
internal static class CoverageStep
{
    /// <summary>Heping Community (和平社区), Liucheng Subdistrict.</summary>
    public static AdministrativeCommunityId Heping { get; } = AdministrativeCommunityId.Parse("510115001001");

    /// <summary>Huangjinlu Community (黄金路社区), Liucheng Subdistrict.</summary>
    public static AdministrativeCommunityId Huangjinlu { get; } = AdministrativeCommunityId.Parse("510115001002");

    /// <summary>The building moved from Huangjinlu to Heping by the boundary adjustment.</summary>
    public static BuildingId MovedBuilding { get; } = new("GH-B01");

    /// <summary>The jurisdiction each building lies in when the living communities are mapped.</summary>
    /// <param name="building">The building.</param>
    /// <returns>Its administrative community.</returns>
    public static AdministrativeCommunityId JurisdictionOf(BuildingId building) => building.Value[..2] switch
    {
        "GH" => building.Value.StartsWith("GH-A", StringComparison.Ordinal) ? Heping : Huangjinlu,
        "HM" => AdministrativeCommunityId.Parse("510115002012"), // 惠民社区
        "JM" => AdministrativeCommunityId.Parse("510115005001"), // 尚合社区
        "XF" => AdministrativeCommunityId.Parse("510115004024"), // 学府社区
        "YN" => AdministrativeCommunityId.Parse("510115006001"), // 天王社区
        _ => AdministrativeCommunityId.Parse("510115003020"),    // 凤凰社区
    };

    /// <summary>
    /// Opens the district's register and places every building of every living community, then adjusts the boundary.
    /// The register checks each building against its living community and each jurisdiction against the district.
    /// </summary>
    /// <param name="district">The district, the register's scope, which establishes every jurisdiction.</param>
    /// <param name="livingCommunities">The living communities, with their buildings.</param>
    /// <param name="directory">What exists: the district the register covers.</param>
    /// <returns>The register.</returns>
    public static CoverageRegister Map(District district, IEnumerable<LivingCommunity> livingCommunities, ICommunityDirectory directory)
    {
        var register = CoverageRegister.Open(district.Code, directory, Timeline.LivingCommunitiesFounded);
        foreach (var living in livingCommunities)
        {
            foreach (var building in living.ToSnapshot().Buildings.Select(b => b.Id))
            {
                register.PlaceBuilding(building, living, JurisdictionOf(building), district, Timeline.LivingCommunitiesFounded);
            }
        }

        register.MoveBuilding(MovedBuilding, Heping, district, Timeline.BoundaryAdjusted);
        return register;
    }
}
