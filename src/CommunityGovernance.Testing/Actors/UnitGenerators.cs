using CommunityGovernance.Communities;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.Actors;

/// <summary>
/// Small generators of the units actors, demands and participation refer to, drawn from Wenjiang District's real units
/// (温江区, 510115) so that values collide often enough for grouping and coverage to be exercised.
/// </summary>
public static class UnitGenerators
{
    /// <summary>The Wenjiang District code, 510115.</summary>
    public static AreaCode Wenjiang { get; } = AreaCode.Parse("510115");

    /// <summary>Street codes 510115001 to 510115004.</summary>
    public static Gen<AreaCode> Streets { get; } =
        Gen.Choose(1, 4).Select(s => AreaCode.Parse($"510115{s:D3}"));

    /// <summary>
    /// Real administrative communities (<see cref="RealDivisions"/>): the first five of each of the streets
    /// 510115001 to 510115004, twenty in all.
    /// </summary>
    public static Gen<AdministrativeCommunityId> AdministrativeCommunities { get; } = Gen.Elements(
        RealDivisions.WenjiangCommunityIds
            .Where(c => c.StreetCode.Value <= 510_115_004_000)
            .GroupBy(c => c.StreetCode)
            .SelectMany(street => street.Take(5))
            .ToArray());

    /// <summary>Living communities GY-01 to GY-06.</summary>
    public static Gen<LivingCommunityId> LivingCommunities { get; } =
        Gen.Choose(1, 6).Select(n => new LivingCommunityId($"GY-{n:D2}"));

    /// <summary>Units of either side: an administrative community, a street, or a living community.</summary>
    public static Gen<CommunityUnit> Units { get; } = Gen.OneOf(
        AdministrativeCommunities.Select(CommunityUnit.Administrative),
        Streets.Select(CommunityUnit.Administrative),
        LivingCommunities.Select(CommunityUnit.Living));
}
