using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Grids;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;
using NodaTime;

namespace Wenjiang.Scenario;

/// <summary>Heping's grid map, its grid workers, and the case a grid worker reported, routed by grid.</summary>
/// <param name="Map">The grid map.</param>
/// <param name="Workers">The grid workers, registered as residents (their particulars are personal data).</param>
/// <param name="Case">The case a grid worker reported.</param>
internal sealed record GridOutcome(GridMap Map, IReadOnlyList<Actor> Workers, Demand Case);

/// <summary>
/// Step 9b, grids (网格): Heping Community is divided into two grids over the buildings the coverage register places
/// in it, with three grid workers (网格员); after the boundary adjustment the building that moved into Heping joins the
/// second grid, and in April one worker is reposted. A worker reports a case on their rounds; the map routes it to the
/// building's grid, the residents' committee handles it, and the grid's other worker checks it on site.
/// </summary>
/// <remarks>Nothing here is random.</remarks>
internal static class GridStep
{
    /// <summary>Heping's first grid.</summary>
    public static GridId First { get; } = new("510115001001-G01");

    /// <summary>Heping's second grid.</summary>
    public static GridId Second { get; } = new("510115001001-G02");

    /// <summary>Divides Heping into grids, posts its workers and works one grid worker's case.</summary>
    /// <param name="coverage">The coverage register, read to grid only Heping's buildings.</param>
    /// <param name="actors">The registered actors, by id (the committee and street office that handle the case).</param>
    /// <param name="directory">What exists; the grid workers are added to it.</param>
    /// <returns>The map, the workers and the case.</returns>
    public static GridOutcome Run(CoverageRegister coverage, IReadOnlyDictionary<ActorId, Actor> actors, CommunityDirectory directory)
    {
        var heping = CoverageStep.Heping;
        var at = Timeline.GridsDrawn;
        var residence = new Residence(heping, new LivingCommunityId("GUANGHUA-YIJIA"));
        var workers = Enumerable.Range(1, 3)
            .Select(n => ActorStep.Resident(900 + n, AreaCode.Parse("510115"), residence, directory, at, ActorIds.GridWorker(heping, n)))
            .ToList();
        foreach (var registered in workers.SelectMany(w => w.PendingEvents))
        {
            directory.Apply(registered);
        }

        var map = GridMap.Open(heping, directory, at);
        map.DrawGrid(First, "和平社区第一网格", at);
        map.DrawGrid(Second, "和平社区第二网格", at);
        foreach (var building in coverage.BuildingsIn(heping).Where(b => b != CoverageStep.MovedBuilding))
        {
            // 光华逸家一期's buildings 1–3 in the first grid, 4–6 in the second.
            map.PlaceBuilding(building, string.CompareOrdinal(building.Value, "GH-A04") < 0 ? First : Second, coverage, at);
        }

        map.PostWorker(workers[0].Id, First, directory, at);
        map.PostWorker(workers[1].Id, First, directory, at);
        map.PostWorker(workers[2].Id, Second, directory, at);
        map.PlaceBuilding(CoverageStep.MovedBuilding, Second, coverage, Timeline.BoundaryAdjusted);
        map.RepostWorker(workers[1].Id, Second, Timeline.GridWorkerReposted);

        return new GridOutcome(map, workers, WorkCase(map, workers[2].Id, actors, directory));
    }

    // Worker 3 reports a blocked drain by the building that moved into Heping; the map routes it to the second grid,
    // whose committee takes it; worker 2, reposted to that grid, checks the repair on site; the street's desk concludes.
    private static Demand WorkCase(GridMap map, ActorId reporter, IReadOnlyDictionary<ActorId, Actor> actors, ICommunityDirectory directory)
    {
        var at = Timeline.GridCaseReported;
        var service = ServiceCatalogue.Example[new ServiceCode("2002")];
        var intake = new DemandIntake(IntakeChannel.GridWorker, DemandUrgency.Urgent, new DemandLocation("光华逸家二期 GH-B01 栋北侧", building: CoverageStep.MovedBuilding));
        var demand = Demand.Raise(
            new DemandId("SQ-2026-WG01"), reporter, CommunityUnit.Administrative(CoverageStep.Heping), service,
            "巡查发现 GH-B01 栋北侧下水道堵塞，污水漫溢到人行道。", intake, DemandDeadlines.Default, StageTimeLimits.Default, directory, at);

        var route = map.RouteOf(demand);
        var committee = actors[ActorIds.ResidentsCommittee(route.Community)];
        var checker = route.Workers.First(w => w != reporter);
        demand.Accept(committee.Id, at + Duration.FromMinutes(30), "网格员上报，社区受理");
        demand.Route(committee.Id, committee, at + Duration.FromHours(1), $"按网格派单：{route.Grid}，网格员 {string.Join("、", route.Workers)}");
        demand.StartWork(committee.Id, at + Duration.FromHours(2));
        demand.Respond(committee.Id, "已疏通。", "社区联系市政养护单位疏通了北侧管道。", at + Duration.FromDays(1));
        demand.Verify(checker, VerificationMethod.OnSiteCheck, resolved: true, "现场查看，排水已恢复，路面已清理。", at + Duration.FromDays(1) + Duration.FromHours(3));
        demand.Conclude(ActorIds.StreetOffice(CoverageStep.Heping.StreetCode), at + Duration.FromDays(2), "网格员核查已解决，按时办结");
        return demand;
    }
}
