using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.Grids;

/// <summary>An administrative community's grid map was opened (网格划分).</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Community">The administrative community divided into grids.</param>
[AdministrativeSide]
public sealed record GridMapOpened(Instant OccurredAt, AdministrativeCommunityId Community) : DomainEvent(OccurredAt);

/// <summary>A grid was drawn on the map (划定网格).</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Grid">The grid.</param>
/// <param name="Name">Its name, e.g. 第一网格.</param>
[AdministrativeSide]
public sealed record GridDrawn(Instant OccurredAt, GridId Grid, string Name) : DomainEvent(OccurredAt);

/// <summary>A building was placed in a grid.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Building">The building (楼栋).</param>
/// <param name="Grid">The grid it now lies in.</param>
[SanctionedCrossing("A grid map pairs an administrative community's grids with buildings by their identifiers only, as coverage does.")]
public sealed record BuildingPlacedInGrid(Instant OccurredAt, BuildingId Building, GridId Grid) : DomainEvent(OccurredAt);

/// <summary>A building was moved from one grid to another (网格调整).</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Building">The building.</param>
/// <param name="From">The grid it left.</param>
/// <param name="To">The grid it now lies in.</param>
[SanctionedCrossing("A grid map pairs an administrative community's grids with buildings by their identifiers only, as coverage does.")]
public sealed record BuildingMovedBetweenGrids(Instant OccurredAt, BuildingId Building, GridId From, GridId To) : DomainEvent(OccurredAt);

/// <summary>A building left the map (demolished, or no longer in the community's jurisdiction).</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Building">The building.</param>
/// <param name="From">The grid it lay in.</param>
[SanctionedCrossing("A grid map pairs an administrative community's grids with buildings by their identifiers only, as coverage does.")]
public sealed record BuildingWithdrawnFromGrid(Instant OccurredAt, BuildingId Building, GridId From) : DomainEvent(OccurredAt);

/// <summary>A grid worker (网格员) was posted to a grid.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Worker">The grid worker.</param>
/// <param name="Grid">The grid.</param>
[AdministrativeSide]
public sealed record GridWorkerPosted(Instant OccurredAt, ActorId Worker, GridId Grid) : DomainEvent(OccurredAt);

/// <summary>A grid worker was reposted from one grid of the map to another.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Worker">The grid worker.</param>
/// <param name="From">The grid left.</param>
/// <param name="To">The grid now worked.</param>
[AdministrativeSide]
public sealed record GridWorkerReposted(Instant OccurredAt, ActorId Worker, GridId From, GridId To) : DomainEvent(OccurredAt);

/// <summary>A grid worker's posting on the map ended.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Worker">The grid worker.</param>
/// <param name="From">The grid left.</param>
[AdministrativeSide]
public sealed record GridWorkerStoodDown(Instant OccurredAt, ActorId Worker, GridId From) : DomainEvent(OccurredAt);
