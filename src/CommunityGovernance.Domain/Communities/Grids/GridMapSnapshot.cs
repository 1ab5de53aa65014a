using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Grids;

/// <summary>One grid of a map: its id and name.</summary>
/// <param name="Id">The grid.</param>
/// <param name="Name">Its name.</param>
[AdministrativeSide]
public readonly record struct Grid(GridId Id, string Name);

/// <summary>Where one building lies on a grid map.</summary>
/// <param name="Building">The building (楼栋).</param>
/// <param name="Grid">The grid it lies in.</param>
[SanctionedCrossing("A grid map pairs an administrative community's grids with buildings by their identifiers only, as coverage does.")]
public readonly record struct GriddedBuilding(BuildingId Building, GridId Grid);

/// <summary>One grid worker's posting.</summary>
/// <param name="Worker">The grid worker (网格员).</param>
/// <param name="Grid">The grid worked.</param>
[AdministrativeSide]
public readonly record struct GridPosting(ActorId Worker, GridId Grid);

/// <summary>An immutable picture of a <see cref="GridMap"/>, with value equality.</summary>
/// <param name="Community">The administrative community.</param>
/// <param name="Grids">Its grids, in id order.</param>
/// <param name="Buildings">Every gridded building, in building-id order.</param>
/// <param name="Postings">Every posted worker, in worker-id order.</param>
[SanctionedCrossing("A grid map pairs an administrative community's grids with buildings by their identifiers only, as coverage does.")]
public sealed record GridMapSnapshot(
    AdministrativeCommunityId Community,
    EquatableArray<Grid> Grids,
    EquatableArray<GriddedBuilding> Buildings,
    EquatableArray<GridPosting> Postings);

/// <summary>
/// Where a grid worker's case goes (按网格派单): the grid its building lies in, the grid's administrative community, and
/// the workers posted to the grid now (possibly none, when the community's own desk takes it).
/// </summary>
/// <param name="Grid">The grid.</param>
/// <param name="Community">The administrative community the grid divides.</param>
/// <param name="Workers">The grid's workers, in id order.</param>
[AdministrativeSide]
public sealed record GridRoute(GridId Grid, AdministrativeCommunityId Community, EquatableArray<ActorId> Workers);
