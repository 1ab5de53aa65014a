using CommunityGovernance.Communities.Grids;
using CommunityGovernance.Demands;
using Wenjiang.Scenario;

namespace CommunityGovernance.Samples.Tests.Wenjiang;

// How the sample's cases were handled in practice: channels, stage limits, escalation, grids.
public sealed class CaseHandlingTests
{
    private static WenjiangResult Result => ScenarioRun.Result;

    [Fact]
    public void Cases_come_in_through_several_channels_each_under_a_catalogue_service_and_stage_limits()
    {
        var channels = Result.Demands.Select(d => d.Intake!.Channel).Distinct().ToList();

        Assert.Equal(Enum.GetValues<IntakeChannel>().Order(), channels.Order());
        Assert.All(Result.Demands, d => Assert.Equal(StageTimeLimits.Default, d.Limits));
        Assert.All(Result.Demands, d => Assert.NotNull(d.Service));
    }

    [Fact]
    public void One_overdue_case_is_escalated_to_its_street_after_its_stage_fell_due()
    {
        var escalated = Assert.Single(Result.Demands, d => d.Escalations.Count > 0);
        var escalation = Assert.Single(escalated.Escalations);

        Assert.True(escalation.At > escalated.StageDueAt(escalation.Stage, WorkingCalendar.China));
        Assert.Null(escalated.StageEndedAt(escalation.Stage));
        Assert.Equal(CommunityGovernance.Communities.AdministrativeLevel.Street, escalated.SupervisingLevel);
        Assert.True(escalated.IsOverdue(escalation.Stage, WorkingCalendar.China, Result.Clock));
    }

    [Fact]
    public void The_grid_workers_case_goes_to_its_buildings_grid_and_is_checked_by_another_worker_of_that_grid()
    {
        var map = Assert.IsType<GridMap>(Result.Grids);
        var gridCase = Assert.Single(Result.Demands, d => d.Intake!.Channel == IntakeChannel.GridWorker);
        var building = gridCase.Intake!.Location!.Building!.Value;

        Assert.True(map.TryGetGrid(building, out var grid));
        var route = map.RouteOf(gridCase);
        Assert.Equal(grid, route.Grid);
        Assert.Equal(ActorIds.ResidentsCommittee(route.Community), gridCase.Assignee);
        Assert.Contains(gridCase.Raiser, route.Workers);
        var check = Assert.Single(gridCase.Verifications);
        Assert.Contains(check.By, route.Workers);
        Assert.NotEqual(gridCase.Raiser, check.By);
        Assert.Equal(DemandStatus.Closed, gridCase.Status);
    }

    [Fact]
    public void Every_gridded_building_lies_in_the_maps_community_and_each_worker_is_a_registered_actor()
    {
        var map = Assert.IsType<GridMap>(Result.Grids);
        var snapshot = map.ToSnapshot();

        Assert.All(snapshot.Buildings, b => Assert.True(Result.Coverage.TryGetJurisdiction(b.Building, out var j) && j == map.Community));
        Assert.Equal(Result.Coverage.BuildingsIn(map.Community).Order(), snapshot.Buildings.Select(b => b.Building).Order());
        Assert.All(snapshot.Postings, p => Assert.True(Result.Actors.ContainsKey(p.Worker)));
    }

    [Fact]
    public void The_stage_rates_count_each_ended_stage_once_as_on_time_or_late()
    {
        var measured = StageTimeliness.Measure(Result.Demands, WorkingCalendar.China, Result.Clock);

        foreach (var (stage, metrics) in measured)
        {
            var late = Result.Demands.Count(d => d.IsStageOnTime(stage, WorkingCalendar.China) == false);
            Assert.Equal(metrics.Ended, metrics.OnTime + late);
        }

        Assert.InRange(measured[DemandStage.Handle].OnTime, 1, measured[DemandStage.Handle].Ended - 1);
    }
}
