using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Grids;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Domain.Tests.Reliability;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities.Grids;

public sealed class GridMapPropertyTests
{
    [ScaledProperty(Arbitrary = [typeof(CommunityArbitraries)])]
    public Property A_grid_map_follows_its_model_step_by_step(GridScenario scenario)
    {
        // The model: which grids are drawn, each building's one grid, each worker's one grid. Who may be gridded and
        // posted comes from the scenario's world, not from the map.
        var grids = new HashSet<GridId>();
        var buildings = new Dictionary<BuildingId, GridId>();
        var postings = new Dictionary<ActorId, GridId>();
        var ours = scenario.Buildings.ToHashSet();
        var registered = scenario.Workers.ToHashSet();
        var directory = scenario.Directory(StepByStep.Start);
        var coverage = scenario.Coverage(StepByStep.Start);
        var map = GridMap.Open(scenario.Community, directory, StepByStep.Start);

        return StepByStep.Follows(map, m => m.ToSnapshot(), scenario.Commands, (command, _) =>
            {
                switch (command)
                {
                    case GridCommand.Draw d when grids.Add(d.Grid):
                        return true;
                    case GridCommand.Place p when grids.Contains(p.Grid) && !buildings.ContainsKey(p.Building) && ours.Contains(p.Building):
                        buildings[p.Building] = p.Grid;
                        return true;
                    case GridCommand.Move m when buildings.TryGetValue(m.Building, out var from) && grids.Contains(m.To) && from != m.To:
                        buildings[m.Building] = m.To;
                        return true;
                    case GridCommand.Withdraw w when buildings.Remove(w.Building):
                        return true;
                    case GridCommand.Post p when registered.Contains(p.Worker) && grids.Contains(p.Grid) && !postings.ContainsKey(p.Worker):
                        postings[p.Worker] = p.Grid;
                        return true;
                    case GridCommand.Repost r when postings.TryGetValue(r.Worker, out var from) && grids.Contains(r.To) && from != r.To:
                        postings[r.Worker] = r.To;
                        return true;
                    case GridCommand.StandDown s when postings.Remove(s.Worker):
                        return true;
                    default:
                        return false;
                }
            },
            (m, command, at) => command.ApplyTo(m, coverage, directory, at),
            m => m.ToSnapshot().Grids.Select(g => g.Id).ToHashSet().SetEquals(grids)
                 && m.ToSnapshot().Buildings.SequenceEqual(buildings.Select(b => new GriddedBuilding(b.Key, b.Value)).OrderBy(b => b.Building))
                 && m.ToSnapshot().Postings.SequenceEqual(postings.Select(p => new GridPosting(p.Key, p.Value)).OrderBy(p => p.Worker))
                 && grids.All(g => m.WorkersOf(g).SequenceEqual(postings.Where(p => p.Value == g).Select(p => p.Key).Order())))
            .Classify(buildings.Count > 0, "gridded a building")
            .Classify(postings.Count > 1, "posted several workers");
    }

    [ScaledProperty(Arbitrary = [typeof(CommunityArbitraries)])]
    public Property Each_building_lies_in_at_most_one_grid_and_only_in_its_own_community(GridScenario scenario)
    {
        var map = scenario.Run(StepByStep.Start);
        var coverage = scenario.Coverage(StepByStep.Start);
        var gridded = map.ToSnapshot().Buildings;

        return (gridded.Select(b => b.Building).Distinct().Count() == gridded.Count
                && gridded.All(b => coverage.TryGetJurisdiction(b.Building, out var j) && j == scenario.Community)
                && gridded.All(b => map.ToSnapshot().Grids.Any(g => g.Id == b.Grid)))
            .Label(string.Join(", ", gridded));
    }

    [ScaledProperty(Arbitrary = [typeof(CommunityArbitraries)])]
    public Property A_buildings_grid_at_any_instant_is_the_last_placement_or_move_before_it(GridScenario scenario)
    {
        var events = scenario.Run(StepByStep.Start).PendingEvents;
        var pool = scenario.Buildings.Concat(scenario.NeighbourBuildings).ToArray();

        // At each instant the map's events reach, the map rebuilt from the events up to it against the last event
        // about each building at or before it: a placement or a move says where it lies, a withdrawal that it lies nowhere.
        return events.Select(e => e.OccurredAt).Distinct().All(instant =>
            {
                var then = GridMap.FromHistory(events.TakeWhile(e => e.OccurredAt <= instant));
                return pool.All(building =>
                {
                    GridId? expected = events.Where(e => e.OccurredAt <= instant).Select(e => e switch
                    {
                        BuildingPlacedInGrid p when p.Building == building => (Found: true, Grid: (GridId?)p.Grid),
                        BuildingMovedBetweenGrids m when m.Building == building => (true, m.To),
                        BuildingWithdrawnFromGrid w when w.Building == building => (true, null),
                        _ => (false, null),
                    }).LastOrDefault(x => x.Found).Grid;
                    return then.TryGetGrid(building, out var grid) ? expected == grid : expected is null;
                });
            })
            .ToProperty()
            .Classify(events.OfType<BuildingMovedBetweenGrids>().Any(), "moved a building");
    }

    [ScaledProperty(Arbitrary = [typeof(CommunityArbitraries)])]
    public Property Routing_a_grid_workers_case_picks_its_buildings_grid_and_that_grids_workers(GridScenario scenario, int pick)
    {
        var map = scenario.Run(StepByStep.Start);
        var snapshot = map.ToSnapshot();

        // Half the time a gridded building, else any building of the world, gridded or not.
        var pool = pick % 2 == 0 && snapshot.Buildings.Count > 0
            ? snapshot.Buildings.Select(b => b.Building).ToArray()
            : scenario.Buildings.Concat(scenario.NeighbourBuildings).ToArray();
        var building = pool[Math.Abs(pick / 2 % pool.Length)];
        var demand = Demand.Raise(
            new DemandId("D-1"), scenario.Workers[0], CommunityUnit.Administrative(scenario.Community),
            new ServiceDefinition(new ServiceCode("GEN"), "generated", "generated", DemandCategory.PublicService, []), "reported on rounds",
            new DemandIntake(IntakeChannel.GridWorker, DemandUrgency.Routine, new DemandLocation("somewhere", building: building)),
            DemandDeadlines.Default, EverythingExists.Directory, StepByStep.Start);

        // Found again by scanning the snapshot, which the route's index lookups must agree with.
        var lies = snapshot.Buildings.Where(b => b.Building == building).Select(b => (GridId?)b.Grid).SingleOrDefault();
        if (lies is not { } grid)
        {
            var refused = Record.Exception(() => map.RouteOf(demand)) as DomainRuleViolationException;
            return (refused?.Rule == CommunityRules.GridCaseNamesGriddedBuilding).Classify(true, "not gridded");
        }

        var route = map.RouteOf(demand);
        var workers = snapshot.Postings.Where(p => p.Grid == grid).Select(p => p.Worker).Order();
        return (route.Grid == grid && route.Community == scenario.Community && route.Workers.SequenceEqual(workers))
            .Label($"{building} in {grid}: {route}")
            .Classify(route.Workers.Count > 0, "grid has workers");
    }

    [ScaledProperty(Arbitrary = [typeof(CommunityArbitraries)])]
    public Property The_shipped_invariant_check_finds_nothing_after_any_sequence(GridScenario scenario)
    {
        var problems = GridInvariants.Check(scenario.Run(StepByStep.Start), scenario.Coverage(StepByStep.Start));

        return (problems.Count == 0).Label(string.Join("; ", problems));
    }

    [Fact]
    public void The_shipped_invariant_check_finds_a_building_of_another_community()
    {
        // A history written by hand, as a faulty store might hand it back: a neighbour's building in the map's grid.
        var scenario = new GridScenario(
            CommunityGovernance.Communities.AdministrativeCommunityId.Parse("510115001001"), CommunityGovernance.Communities.AdministrativeCommunityId.Parse("510115001002"),
            [new BuildingId("B-1")], [new BuildingId("N-1")], [new ActorId("GW-1")], new ActorId("GW-X"), []);
        var at = StepByStep.Start;
        var map = GridMap.FromHistory([
            new GridMapOpened(at, scenario.Community),
            new GridDrawn(at, new GridId("G-1"), "网格一"),
            new BuildingPlacedInGrid(at, new BuildingId("N-1"), new GridId("G-1")),
            new GridWorkerPosted(at, new ActorId("GW-1"), new GridId("G-2"))]);

        var problems = GridInvariants.Check(map, scenario.Coverage(at));

        Assert.Contains("building N-1 is gridded but does not lie in 510115001001", problems);
        Assert.Contains("a worker is posted to a grid that is not drawn", problems);
    }
}
