using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.WorkAccess;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// Generators of work-access scenarios: a district's list in one to three versions over a small pool of kinds of work
/// (so that a kind moves between groups and off the list), and attempts by departments, the street office and actors
/// that may not set work at all, on communities inside and outside the district. Pure FsCheck: a fixed seed replays it.
/// </summary>
public static class WorkAccessGenerators
{
    private static readonly WorkItemCode[] s_kinds =
    [
        new("census-assistance"), new("fire-safety-inspection"), new("residents-election"),
        new("enterprise-tax-survey"), new("road-repair-supervision"), new("civilised-city-checks"),
    ];

    /// <summary>The kinds of work scenarios draw from.</summary>
    public static IReadOnlyList<WorkItemCode> Kinds => s_kinds;

    /// <summary>A version's items: some of the pool, each in a random group.</summary>
    public static Gen<WorkItem[]> Items { get; } =
        from listed in Gen.SubListOf(s_kinds)
        from groups in Gen.ArrayOf(Gen.Elements(Enum.GetValues<WorkItemGroup>()), listed.Count)
        select listed.Select((k, i) => new WorkItem(k, $"事项 {k}", groups[i])).ToArray();

    /// <summary>Scenarios of one to three versions and up to twelve attempts.</summary>
    public static Gen<WorkAccessScenario> Scenario { get; } =
        from district in CommunityGenerators.DistrictCode
        from street in CommunityGenerators.StreetCodeIn(district)
        from communities in Gen.ArrayOf(CommunityGenerators.CommunityIdIn(street), 3)
        from outsider in CommunityGenerators.AdministrativeCommunityId
        from versionCount in Gen.Choose(1, 3)
        from gaps in Gen.ArrayOf(Gen.Choose(1, 20), versionCount)
        from items in Gen.ArrayOf(Items, versionCount)
        from coordinated in Gen.SubListOf(communities)
        from attempts in Gen.ListOf(Attempt(communities.Append(outsider).ToArray()))
        select new WorkAccessScenario(
            district,
            [.. items.Select((i, v) => new WorkAccessVersion(gaps.Take(v + 1).Sum() - gaps[0], i))],
            [.. coordinated],
            [.. attempts.Take(12).Select((a, i) => a with { Id = new CommunityTaskId($"T-{i}") })]);

    /// <summary>One attempt on one of the given communities.</summary>
    /// <param name="communities">The communities to choose from.</param>
    /// <returns>The generator.</returns>
    public static Gen<TaskAttempt> Attempt(AdministrativeCommunityId[] communities) =>
        from issuer in Gen.Frequency(
            (4, Gen.Constant(ActorKind.VerticalDepartment)),
            (2, Gen.Constant(ActorKind.StreetOffice)),
            (1, Gen.Elements(ActorKind.ResidentsCommittee, ActorKind.PropertyCompany, ActorKind.DistrictGovernanceCommittee)))
        from community in Gen.Elements(communities)
        from kind in Gen.Elements(s_kinds)
        from throughStreet in Gen.Elements(true, false)
        from day in Gen.Choose(-5, 60)
        from answer in Gen.Choose(0, 3)
        select new TaskAttempt(new CommunityTaskId("T"), issuer, community, kind, throughStreet, day, answer);
}
