using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using Wenjiang.Scenario;

namespace StreetOffice.Desk;

/// <summary>One of the seeded actors one may sign in as.</summary>
/// <param name="Actor">The actor's id.</param>
/// <param name="Chinese">Who it is, in Chinese.</param>
/// <param name="English">Who it is, in English.</param>
internal sealed record DeskAccount(ActorId Actor, string Chinese, string English);

/// <summary>
/// The actors one may sign in as: a development sign-in, with no password, for a sample. A real desk signs its staff
/// in through the city's identity provider and maps their claim to an actor id
/// (<c>CommunityGovernanceOptions.ActorClaimType</c>).
/// </summary>
internal static class DeskAccounts
{
    /// <summary>The street the desk serves: Liucheng Subdistrict (柳城街道).</summary>
    public static AreaCode Street { get; } = AreaCode.Parse("510115001");

    /// <summary>Another street's office, which holds no right over this street.</summary>
    public static AreaCode OtherStreet { get; } = AreaCode.Parse("510115004");

    /// <summary>The seeded accounts.</summary>
    public static IReadOnlyList<DeskAccount> All { get; } =
    [
        new(ActorIds.StreetOffice(Street), "柳城街道办事处", "Liucheng Subdistrict Office"),
        new(ActorIds.ResidentsCommittee(CoverageStep.Heping), "和平社区居委会", "Heping Community Residents' Committee"),
        new(ActorIds.StreetOffice(OtherStreet), "天府街道办事处", "Tianfu Subdistrict Office (another street)"),
        new(ActorIds.DistrictGovernment, "温江区人民政府", "Wenjiang District People's Government"),
        new(ActorIds.Resident(1), "居民 JM-0001", "Resident JM-0001"),
    ];

    /// <summary>The account of an actor, or <see langword="null"/>.</summary>
    public static DeskAccount? Find(string? actor) => All.FirstOrDefault(a => a.Actor.Value == actor);
}
