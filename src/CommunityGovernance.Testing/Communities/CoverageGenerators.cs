using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Living;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// Generators of coverage scenarios: a district, a few of its administrative communities, a few living communities
/// and buildings, and a random sequence of place, move and withdraw commands over them. Ids are drawn from small
/// pools so that commands collide (a building placed twice, a move to where it already lies) as often as real
/// mistakes do.
/// </summary>
public static class CoverageGenerators
{
    /// <summary>Coverage scenarios of 0 to 40 commands, some of which the register refuses.</summary>
    public static Gen<CoverageScenario> Scenario { get; } =
        from district in CommunityGenerators.DistrictCode
        from streets in Gen.ArrayOf(CommunityGenerators.StreetCodeIn(district), 2)
        from jurisdictions in Gen.CollectToArray(Enumerable.Range(0, 4), i => CommunityGenerators.CommunityIdIn(streets[i % 2]))
        from outsider in CommunityGenerators.AdministrativeCommunityId
        from livings in Gen.ArrayOf(CommunityGenerators.LivingCommunityId, 3)
        from buildings in Gen.ArrayOf(CommunityGenerators.BuildingId, 6)
        from count in Gen.Choose(0, 40)
        from commands in Gen.ArrayOf(Command(jurisdictions.Append(outsider).ToArray(), livings, buildings), count)
        select new CoverageScenario(district, commands);

    /// <summary>One command over the given pools of ids.</summary>
    /// <param name="jurisdictions">Administrative communities to place and move buildings in.</param>
    /// <param name="livingCommunities">Living communities the buildings belong to.</param>
    /// <param name="buildings">Buildings.</param>
    /// <returns>The generator.</returns>
    public static Gen<CoverageCommand> Command(AdministrativeCommunityId[] jurisdictions, LivingCommunityId[] livingCommunities, BuildingId[] buildings) =>
        Gen.Frequency(
            (5, from b in Gen.Elements(buildings)
                from l in Gen.Elements(livingCommunities)
                from j in Gen.Elements(jurisdictions)
                select (CoverageCommand)new CoverageCommand.Place(b, l, j)),
            (4, from b in Gen.Elements(buildings)
                from j in Gen.Elements(jurisdictions)
                select (CoverageCommand)new CoverageCommand.Move(b, j)),
            (1, Gen.Elements(buildings).Select(b => (CoverageCommand)new CoverageCommand.Withdraw(b))));
}
