using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Communities.Grids;

/// <summary>
/// An administrative community's grid map (网格划分): the grids (网格) it is divided into, the buildings each grid
/// covers, and the grid workers (网格员) posted to each. Street offices run cases grid by grid: a case a grid worker
/// reports about a building goes to that building's grid (<see cref="RouteOf(Demand)"/>).
/// </summary>
/// <remarks>
/// <para>
/// The map is the consistency boundary of "a building lies in one grid at a time" and "a worker works one grid of the
/// community at a time": a building is placed once, moved by a command with its own event and withdrawn explicitly,
/// as in the <see cref="CoverageRegister"/>; a worker is posted, reposted and stood down likewise. A grid may have
/// several workers, or none for a while.
/// </para>
/// <para>
/// Only buildings the coverage register places in the map's own community are gridded, so grids never cross a
/// jurisdiction. The lookups a case needs (a building's grid, a grid's workers, a worker's grid) are dictionary reads;
/// <see cref="BuildingsIn"/>, for reports, reads the whole map.
/// </para>
/// </remarks>
[SanctionedCrossing("A grid map pairs an administrative community's grids with buildings by their identifiers only, as coverage does.")]
public sealed class GridMap : AggregateRoot, IEventSourced<GridMap>
{
    /// <summary>The longest grid name accepted.</summary>
    public const int MaxNameLength = 50;

    private readonly Dictionary<GridId, string> _grids = [];
    private readonly Dictionary<BuildingId, GridId> _buildings = [];
    private readonly Dictionary<ActorId, GridId> _postings = [];

    // Each grid's workers in id order, kept so that routing a case reads one entry instead of scanning the postings.
    private readonly Dictionary<GridId, List<ActorId>> _workers = [];

    private GridMap()
    {
    }

    /// <summary>The administrative community the map divides.</summary>
    public AdministrativeCommunityId Community { get; private set; }

    /// <summary>The number of grids drawn.</summary>
    public int GridCount => _grids.Count;

    /// <summary>The number of buildings gridded.</summary>
    public int BuildingCount => _buildings.Count;

    /// <summary>Opens the grid map of an administrative community.</summary>
    /// <param name="community">The community to divide into grids.</param>
    /// <param name="directory">What exists: the community must be established at <paramref name="at"/>.</param>
    /// <param name="at">When.</param>
    /// <returns>The empty map.</returns>
    /// <exception cref="DomainRuleViolationException">The community is missing or not established (<see cref="CommunityRules.UnitIsEstablished"/>).</exception>
    public static GridMap Open(AdministrativeCommunityId community, ICommunityDirectory directory, Instant at)
    {
        Guard.Against.MissingId(community);
        Guard.Against.MissingValue(directory);
        CheckRule(new UnitIsEstablishedRule(directory, CommunityUnit.Administrative(community), "the community divided into grids", at));

        var map = new GridMap();
        map.RaiseEvent(new GridMapOpened(at, community));
        return map;
    }

    /// <inheritdoc />
    public static string StreamKind => "grid-map";

    /// <inheritdoc />
    public StreamName<GridMap> Stream => StreamOf(Community);

    /// <summary>The stream of the grid map of <paramref name="community"/>.</summary>
    /// <param name="community">The administrative community.</param>
    /// <returns>The stream's name, <c>grid-map/…</c>.</returns>
    public static StreamName<GridMap> StreamOf(AdministrativeCommunityId community) => StreamName.For<GridMap>(community.ToString());

    /// <summary>Rebuilds a map from its events.</summary>
    /// <param name="history">Its events, starting with <see cref="GridMapOpened"/>.</param>
    /// <returns>The map, equal in state to the one that raised the events.</returns>
    /// <exception cref="DomainRuleViolationException">The history does not start with the opening or holds a foreign event.</exception>
    public static GridMap FromHistory(IEnumerable<DomainEvent> history) => Rebuild<GridMap, GridMapOpened>(new GridMap(), history);

    /// <summary>Draws a grid (划定网格).</summary>
    /// <param name="grid">The grid's id.</param>
    /// <param name="name">Its name, 1 to <see cref="MaxNameLength"/> characters.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">An argument is missing or too long, or the map already has the grid (<see cref="CommunityRules.GridIsDrawnOnce"/>).</exception>
    public void DrawGrid(GridId grid, string name, Instant at)
    {
        Guard.Against.MissingId(grid);
        var text = Guard.Against.MissingText(name, MaxNameLength);
        CheckRule(new GridIsDrawnOnceRule(grid, _grids.ContainsKey(grid)));
        RaiseEvent(new GridDrawn(at, grid, text));
    }

    /// <summary>Places a building of the community in a grid.</summary>
    /// <param name="building">The building.</param>
    /// <param name="grid">The grid.</param>
    /// <param name="coverage">The coverage register, read to check that the building lies in this map's community.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// An argument is missing, the grid is not drawn (<see cref="CommunityRules.GridIsDrawn"/>), the building already lies
    /// in a grid (<see cref="CommunityRules.BuildingLiesInOneGrid"/>) or does not lie in the community
    /// (<see cref="CommunityRules.BuildingLiesInGridCommunity"/>).
    /// </exception>
    public void PlaceBuilding(BuildingId building, GridId grid, CoverageRegister coverage, Instant at)
    {
        Guard.Against.MissingId(building);
        Guard.Against.MissingId(grid);
        Guard.Against.MissingValue(coverage);
        CheckRule(new GridIsDrawnRule(grid, _grids.ContainsKey(grid)));
        CheckRule(new BuildingLiesInOneGridRule(building, _buildings.ContainsKey(building)));
        CheckRule(new BuildingLiesInGridCommunityRule(building, Community, coverage));
        RaiseEvent(new BuildingPlacedInGrid(at, building, grid));
    }

    /// <summary>Moves a building to another grid of the map (网格调整).</summary>
    /// <param name="building">The building.</param>
    /// <param name="to">The grid it moves to.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// An argument is missing, the building lies in no grid (<see cref="CommunityRules.BuildingIsGridded"/>), the grid is
    /// not drawn (<see cref="CommunityRules.GridIsDrawn"/>) or is where the building lies (<see cref="CommunityRules.MoveChangesGrid"/>).
    /// </exception>
    public void MoveBuilding(BuildingId building, GridId to, Instant at)
    {
        Guard.Against.MissingId(building);
        Guard.Against.MissingId(to);
        CheckRule(new BuildingIsGriddedRule(building, _buildings.TryGetValue(building, out var from)));
        CheckRule(new GridIsDrawnRule(to, _grids.ContainsKey(to)));
        CheckRule(new MoveChangesGridRule(from, to));
        RaiseEvent(new BuildingMovedBetweenGrids(at, building, from, to));
    }

    /// <summary>Takes a building off the map.</summary>
    /// <param name="building">The building.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">The id is missing or the building lies in no grid (<see cref="CommunityRules.BuildingIsGridded"/>).</exception>
    public void WithdrawBuilding(BuildingId building, Instant at)
    {
        Guard.Against.MissingId(building);
        CheckRule(new BuildingIsGriddedRule(building, _buildings.TryGetValue(building, out var from)));
        RaiseEvent(new BuildingWithdrawnFromGrid(at, building, from));
    }

    /// <summary>Posts a grid worker (网格员) to a grid.</summary>
    /// <param name="worker">The worker, a registered actor.</param>
    /// <param name="grid">The grid.</param>
    /// <param name="directory">What exists: the worker must be registered at <paramref name="at"/>.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// An argument is missing, the worker is not registered (<see cref="ActorRules.ActorIsRegistered"/>), the grid is not
    /// drawn (<see cref="CommunityRules.GridIsDrawn"/>), or the worker already works a grid of the map
    /// (<see cref="CommunityRules.GridWorkerIsPostedOnce"/>).
    /// </exception>
    public void PostWorker(ActorId worker, GridId grid, ICommunityDirectory directory, Instant at)
    {
        Guard.Against.MissingId(worker);
        Guard.Against.MissingId(grid);
        Guard.Against.MissingValue(directory);
        CheckRule(new ActorIsRegisteredRule(directory, worker, "the grid worker", at));
        CheckRule(new GridIsDrawnRule(grid, _grids.ContainsKey(grid)));
        CheckRule(new GridWorkerIsPostedOnceRule(worker, _postings.ContainsKey(worker)));
        RaiseEvent(new GridWorkerPosted(at, worker, grid));
    }

    /// <summary>Reposts a grid worker to another grid of the map.</summary>
    /// <param name="worker">The worker.</param>
    /// <param name="to">The grid.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// An argument is missing, the worker is not posted (<see cref="CommunityRules.GridWorkerIsPosted"/>), the grid is not
    /// drawn (<see cref="CommunityRules.GridIsDrawn"/>) or is the one worked (<see cref="CommunityRules.RepostChangesGrid"/>).
    /// </exception>
    public void RepostWorker(ActorId worker, GridId to, Instant at)
    {
        Guard.Against.MissingId(worker);
        Guard.Against.MissingId(to);
        CheckRule(new GridWorkerIsPostedRule(worker, _postings.TryGetValue(worker, out var from)));
        CheckRule(new GridIsDrawnRule(to, _grids.ContainsKey(to)));
        CheckRule(new RepostChangesGridRule(from, to));
        RaiseEvent(new GridWorkerReposted(at, worker, from, to));
    }

    /// <summary>Ends a grid worker's posting on the map.</summary>
    /// <param name="worker">The worker.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">The id is missing or the worker is not posted (<see cref="CommunityRules.GridWorkerIsPosted"/>).</exception>
    public void StandDownWorker(ActorId worker, Instant at)
    {
        Guard.Against.MissingId(worker);
        CheckRule(new GridWorkerIsPostedRule(worker, _postings.TryGetValue(worker, out var from)));
        RaiseEvent(new GridWorkerStoodDown(at, worker, from));
    }

    /// <summary>The grid a building lies in.</summary>
    /// <param name="building">The building.</param>
    /// <param name="grid">Its grid, when it has one.</param>
    /// <returns><see langword="true"/> when the building is gridded.</returns>
    public bool TryGetGrid(BuildingId building, out GridId grid) => _buildings.TryGetValue(building, out grid);

    /// <summary>The grid a worker works.</summary>
    /// <param name="worker">The worker.</param>
    /// <param name="grid">Their grid, when posted.</param>
    /// <returns><see langword="true"/> when the worker is posted on this map.</returns>
    public bool TryGetPosting(ActorId worker, out GridId grid) => _postings.TryGetValue(worker, out grid);

    /// <summary>The workers posted to a grid.</summary>
    /// <param name="grid">The grid.</param>
    /// <returns>The workers, in id order; empty for a grid without workers or not on the map.</returns>
    public IReadOnlyList<ActorId> WorkersOf(GridId grid) => _workers.TryGetValue(grid, out var workers) ? [.. workers] : [];

    /// <summary>The buildings of a grid.</summary>
    /// <param name="grid">The grid.</param>
    /// <returns>The buildings, in id order.</returns>
    public IReadOnlyList<BuildingId> BuildingsIn(GridId grid) =>
        [.. _buildings.Where(b => b.Value == grid).Select(b => b.Key).Order()];

    /// <summary>Where a case about <paramref name="building"/> goes: the building's grid, its community and its workers.</summary>
    /// <param name="building">The building.</param>
    /// <returns>The route, or <see langword="null"/> when the building lies in no grid of the map.</returns>
    public GridRoute? RouteOf(BuildingId building) =>
        _buildings.TryGetValue(building, out var grid) ? new GridRoute(grid, Community, new EquatableArray<ActorId>(WorkersOf(grid))) : null;

    /// <summary>
    /// Where a case a grid worker reported goes (按网格派单): the grid of the building its location names, with the grid's
    /// community and workers. Two dictionary reads, whatever the size of the map.
    /// </summary>
    /// <param name="demand">The demand, raised through <see cref="IntakeChannel.GridWorker"/> with a location naming a building.</param>
    /// <returns>The route.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// The demand is missing, did not come from a grid worker (<see cref="CommunityRules.GridCaseIsReportedByGridWorker"/>),
    /// or names no building of this map (<see cref="CommunityRules.GridCaseNamesGriddedBuilding"/>).
    /// </exception>
    public GridRoute RouteOf(Demand demand)
    {
        Guard.Against.MissingValue(demand);
        CheckRule(new GridCaseIsReportedByGridWorkerRule(demand));
        var route = demand.Intake?.Location?.Building is { } building ? RouteOf(building) : null;
        CheckRule(new GridCaseNamesGriddedBuildingRule(demand, Community, route is not null));
        return route!;
    }

    /// <summary>An immutable picture of the map.</summary>
    /// <returns>The snapshot, each list in id order.</returns>
    public GridMapSnapshot ToSnapshot() => new(
        Community,
        new EquatableArray<Grid>(_grids.Select(g => new Grid(g.Key, g.Value)).OrderBy(g => g.Id)),
        new EquatableArray<GriddedBuilding>(_buildings.Select(b => new GriddedBuilding(b.Key, b.Value)).OrderBy(b => b.Building)),
        new EquatableArray<GridPosting>(_postings.Select(p => new GridPosting(p.Key, p.Value)).OrderBy(p => p.Worker)));

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case GridMapOpened e:
                Community = e.Community;
                break;
            case GridDrawn e:
                _grids.Add(e.Grid, e.Name);
                break;
            case BuildingPlacedInGrid e:
                _buildings.Add(e.Building, e.Grid);
                break;
            case BuildingMovedBetweenGrids e:
                _buildings[e.Building] = e.To;
                break;
            case BuildingWithdrawnFromGrid e:
                _buildings.Remove(e.Building);
                break;
            case GridWorkerPosted e:
                Post(e.Worker, e.Grid);
                break;
            case GridWorkerReposted e:
                StandDown(e.Worker);
                Post(e.Worker, e.To);
                break;
            case GridWorkerStoodDown e:
                StandDown(e.Worker);
                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }
    }

    private void Post(ActorId worker, GridId grid)
    {
        _postings.Add(worker, grid);
        if (!_workers.TryGetValue(grid, out var workers))
        {
            _workers.Add(grid, workers = []);
        }

        workers.Insert(~workers.BinarySearch(worker), worker);
    }

    private void StandDown(ActorId worker)
    {
        if (_postings.Remove(worker, out var grid))
        {
            var workers = _workers[grid];
            workers.Remove(worker);
            if (workers.Count == 0)
            {
                _workers.Remove(grid);
            }
        }
    }
}
