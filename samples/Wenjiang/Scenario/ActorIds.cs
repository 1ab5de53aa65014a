using CommunityGovernance.Actors;
using CommunityGovernance.Communities;

namespace Wenjiang.Scenario;

/// <summary>
/// The sample's own scheme for actor ids: the unit's area code after a prefix of the organisation's pinyin
/// initials, so an id says whose it is (JD- street office 街道, JWH- residents' committee 居委会).
/// </summary>
internal static class ActorIds
{
    /// <summary>The district people's government (温江区人民政府), grantor of the district's rights.</summary>
    public static ActorId DistrictGovernment { get; } = new("QZF-510115");

    /// <summary>The district community-governance committee (温江区委社治委), which runs the eight-items programme.</summary>
    public static ActorId GovernanceCommittee { get; } = new("SZW-510115");

    /// <summary>The street office (街道办事处) of a street or township.</summary>
    /// <param name="street">The street's code.</param>
    /// <returns>Its actor id.</returns>
    public static ActorId StreetOffice(AreaCode street) => new("JD-" + street);

    /// <summary>The residents' (or villagers') committee (居委会) of an administrative community.</summary>
    /// <param name="community">The community.</param>
    /// <returns>Its actor id.</returns>
    public static ActorId ResidentsCommittee(AdministrativeCommunityId community) => new("JWH-" + community.AreaCode);

    /// <summary>A resident (居民), numbered within the scenario.</summary>
    /// <param name="number">The resident's number.</param>
    /// <returns>Their actor id.</returns>
    public static ActorId Resident(int number) => new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"JM-{number:D4}"));

    /// <summary>A grid worker (网格员) of an administrative community, numbered within it.</summary>
    /// <param name="community">The community whose grids they work.</param>
    /// <param name="number">Their number.</param>
    /// <returns>Their actor id.</returns>
    public static ActorId GridWorker(AdministrativeCommunityId community, int number) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"WGY-{community.AreaCode}-{number}"));
}
