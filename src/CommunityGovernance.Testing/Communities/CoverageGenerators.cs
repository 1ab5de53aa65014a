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
    /// <summary>
    /// Coverage scenarios of 0 to 40 commands, some of which the register refuses: besides collisions, a command may
    /// name a community the district never established, one outside the district, or a building of another living community.
    /// </summary>
    public static Gen<CoverageScenario> Scenario { get; } =
        from district in CommunityGenerators.DistrictCode
        from streets in Gen.ArrayOf(CommunityGenerators.StreetCodeIn(district), 2)
        from jurisdictions in Gen.CollectToArray(Enumerable.Range(0, 5), i => CommunityGenerators.CommunityIdIn(streets[i % 2]))
        from outsider in CommunityGenerators.AdministrativeCommunityId
        from livings in Gen.ArrayOf(CommunityGenerators.LivingCommunityId, 3)
        from buildings in Gen.ArrayOf(CommunityGenerators.BuildingId, 6)
        let owners = OwnersOf(livings.Distinct().ToArray(), buildings.Distinct().ToArray())
        from count in Gen.Choose(0, 40)
        from commands in Gen.ArrayOf(Command(jurisdictions.Append(outsider).ToArray(), owners), count)
        select new CoverageScenario(
            district,
            jurisdictions.Take(4).Where(j => !jurisdictions[4].Equals(j)).ToArray(),
            owners.GroupBy(o => o.Key).Select(g => KeyValuePair.Create(g.Key, g.Select(o => o.Value).ToArray())).ToArray(),
            commands);

    /// <summary>
    /// One command over the given pools of ids: a building is placed under its own living community four times in five,
    /// under another one the fifth.
    /// </summary>
    /// <param name="jurisdictions">Administrative communities to place and move buildings in.</param>
    /// <param name="owners">Each building with the living community that has it.</param>
    /// <returns>The generator.</returns>
    public static Gen<CoverageCommand> Command(AdministrativeCommunityId[] jurisdictions, KeyValuePair<LivingCommunityId, BuildingId>[] owners) =>
        Gen.Frequency(
            (5, from o in Gen.Elements(owners)
                from other in Gen.Elements(owners)
                from own in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
                from j in Gen.Elements(jurisdictions)
                select (CoverageCommand)new CoverageCommand.Place(o.Value, own ? o.Key : other.Key, j)),
            (4, from o in Gen.Elements(owners)
                from j in Gen.Elements(jurisdictions)
                select (CoverageCommand)new CoverageCommand.Move(o.Value, j)),
            (1, Gen.Elements(owners).Select(o => (CoverageCommand)new CoverageCommand.Withdraw(o.Value))));

    // Each building belongs to one living community, dealt round the communities.
    private static KeyValuePair<LivingCommunityId, BuildingId>[] OwnersOf(LivingCommunityId[] livings, BuildingId[] buildings) =>
        [.. buildings.Select((b, i) => KeyValuePair.Create(livings[i % livings.Length], b))];
}
