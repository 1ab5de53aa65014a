using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Programmes;

/// <summary>
/// Wenjiang District's eight community items (温江 社八件): every community must have a development-and-governance
/// approach, a logo, a song, a residents' convention, a set of community worthies, a functional social
/// organisation, a building/courtyard demonstration site and a citizen centre. The eight are rigid; what each
/// community puts in them is its own.
/// </summary>
[AdministrativeSide]
public static class WenjiangEightItems
{
    /// <summary>The programme's code.</summary>
    public const string Code = "wenjiang-eight-items";

    /// <summary>The eight items as a programme template.</summary>
    public static ProgrammeTemplate Template { get; } = ProgrammeTemplate.Define(
        Code,
        "Wenjiang eight community items (社八件)",
        [
            new MandatedItem(1, "governance-approach", "Community development and governance approach", "社区发展治理思路"),
            new MandatedItem(2, "logo", "Community logo", "社区标识"),
            new MandatedItem(3, "song", "Community song", "社区歌曲"),
            new MandatedItem(4, "residents-convention", "Residents' convention", "居民公约"),
            new MandatedItem(5, "community-worthies", "Community worthies", "社贤人物"),
            new MandatedItem(6, "functional-social-organisation", "Functional social organisation", "功能型社会组织"),
            new MandatedItem(7, "demonstration-site", "Building/courtyard demonstration site", "楼居院示范点位"),
            new MandatedItem(8, "citizen-centre", "Citizen centre", "市民中心"),
        ]);
}
