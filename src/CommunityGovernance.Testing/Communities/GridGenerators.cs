using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Grids;
using CommunityGovernance.Communities.Living;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// Generators of grid maps (网格划分): a community, its buildings and a neighbour's, a few grid workers, and random
/// sequences of draw, place, move, withdraw, post, repost and stand-down commands over small pools of ids, so that
/// commands collide (a building placed twice, a worker reposted where they are) as often as real mistakes do.
/// </summary>
public static class GridGenerators
{
    /// <summary>Grid ids G-1 to G-4.</summary>
    public static Gen<GridId> GridIds { get; } = Gen.Choose(1, 4).Select(n => new GridId($"G-{n}"));

    /// <summary>
    /// Grid scenarios: 0 to 3 grids drawn first (so that most runs grid buildings early), then 0 to 50 random commands,
    /// some of which the map refuses; the community's own buildings are drawn twice as often as others.
    /// </summary>
    public static Gen<GridScenario> Scenario { get; } =
        from district in CommunityGenerators.DistrictCode
        from street in CommunityGenerators.StreetCodeIn(district)
        from communities in Gen.CollectToArray(Enumerable.Range(0, 2), _ => CommunityGenerators.CommunityIdIn(street))
        where communities[0] != communities[1]
        from buildingCount in Gen.Choose(1, 6)
        from workerCount in Gen.Choose(1, 4)
        let buildings = Enumerable.Range(1, buildingCount).Select(n => new BuildingId($"B-{n}")).ToArray()
        let neighbours = new[] { new BuildingId("N-1"), new BuildingId("N-2") }
        let workers = Enumerable.Range(1, workerCount).Select(n => new ActorId($"GW-{n}")).ToArray()
        let unregistered = new ActorId("GW-X")
        from drawn in Gen.Choose(0, 3)
        from count in Gen.Choose(0, 50)
        from commands in Gen.ArrayOf(Command(buildings.Concat(buildings).Concat(neighbours).Append(new BuildingId("U-1")).ToArray(), workers.Append(unregistered).ToArray()), count)
        select new GridScenario(
            communities[0], communities[1], buildings, neighbours, workers, unregistered,
            [.. Enumerable.Range(1, drawn).Select(n => (GridCommand)new GridCommand.Draw(new GridId($"G-{n}"))), .. commands]);

    /// <summary>One command over the given pools: buildings (some not in the community), workers (one not registered) and grids G-1 to G-4.</summary>
    /// <param name="buildings">Buildings to place, move and withdraw.</param>
    /// <param name="workers">Workers to post, repost and stand down.</param>
    /// <returns>The generator.</returns>
    public static Gen<GridCommand> Command(BuildingId[] buildings, ActorId[] workers) => Gen.Frequency(
        (3, GridIds.Select(g => (GridCommand)new GridCommand.Draw(g))),
        (5, from b in Gen.Elements(buildings) from g in GridIds select (GridCommand)new GridCommand.Place(b, g)),
        (4, from b in Gen.Elements(buildings) from g in GridIds select (GridCommand)new GridCommand.Move(b, g)),
        (1, Gen.Elements(buildings).Select(b => (GridCommand)new GridCommand.Withdraw(b))),
        (4, from w in Gen.Elements(workers) from g in GridIds select (GridCommand)new GridCommand.Post(w, g)),
        (3, from w in Gen.Elements(workers) from g in GridIds select (GridCommand)new GridCommand.Repost(w, g)),
        (1, Gen.Elements(workers).Select(w => (GridCommand)new GridCommand.StandDown(w))));
}
