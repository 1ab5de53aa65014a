using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Grids;

namespace CommunityGovernance.Testing.Communities;

/// <summary>Invariant checks of a <see cref="GridMap"/>, to call from your own property tests.</summary>
public static class GridInvariants
{
    /// <summary>
    /// Whether every building lies in exactly one drawn grid and in the map's own community (by the coverage register),
    /// every worker works one drawn grid, and the lookups agree with the snapshot: a building's grid, a grid's workers
    /// (in id order), and the route of a case about each gridded building.
    /// </summary>
    /// <param name="map">The map.</param>
    /// <param name="coverage">The coverage register the map's buildings were placed against.</param>
    /// <returns>An empty list when the invariants hold; otherwise what is broken.</returns>
    public static IReadOnlyList<string> Check(GridMap map, CoverageRegister coverage)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(coverage);
        var problems = new List<string>();
        var snapshot = map.ToSnapshot();
        var grids = snapshot.Grids.Select(g => g.Id).ToHashSet();
        if (snapshot.Buildings.Select(b => b.Building).Distinct().Count() != snapshot.Buildings.Count)
        {
            problems.Add("a building appears twice on the map");
        }

        foreach (var gridded in snapshot.Buildings)
        {
            if (!grids.Contains(gridded.Grid))
            {
                problems.Add($"building {gridded.Building} lies in grid {gridded.Grid}, which is not drawn");
            }

            if (!coverage.TryGetJurisdiction(gridded.Building, out var jurisdiction) || jurisdiction != map.Community)
            {
                problems.Add($"building {gridded.Building} is gridded but does not lie in {map.Community}");
            }

            if (!map.TryGetGrid(gridded.Building, out var grid) || grid != gridded.Grid || map.RouteOf(gridded.Building)?.Grid != gridded.Grid)
            {
                problems.Add($"building {gridded.Building} does not report or route to its grid {gridded.Grid}");
            }
        }

        if (snapshot.Postings.Any(p => !grids.Contains(p.Grid)))
        {
            problems.Add("a worker is posted to a grid that is not drawn");
        }

        foreach (var grid in grids)
        {
            if (!map.WorkersOf(grid).SequenceEqual(snapshot.Postings.Where(p => p.Grid == grid).Select(p => p.Worker).Order()))
            {
                problems.Add($"grid {grid} reports the wrong workers");
            }
        }

        return problems;
    }
}
