using CommunityGovernance.Demands;
using Wenjiang.Scenario;

namespace CommunityGovernance.Samples.Tests.Wenjiang;

// The response field's figures, recomputed from each demand's own steps rather than read from the library's metrics.
public sealed class ResponseFieldTests
{
    private static WenjiangResult Result => ScenarioRun.Result;

    [Fact]
    public void The_district_response_field_matches_a_count_from_the_demands_steps()
    {
        var demands = Result.Demands;
        var answered = demands.Where(d => d.Steps.Any(s => s.Kind is DemandStepKind.Respond or DemandStepKind.Reject)).ToList();
        var withdrawnUnanswered = demands.Count(d => d.Status == DemandStatus.Withdrawn && !answered.Contains(d));
        var overdue = demands.Count(d => !answered.Contains(d) && d.Status != DemandStatus.Withdrawn && d.DueAt < Result.Now);
        var onTime = answered.Count(d => d.Steps.First(s => s.Kind is DemandStepKind.Respond or DemandStepKind.Reject).At <= d.DueAt);
        var buckPassing = demands.Sum(d => Math.Max(0, d.Steps.Count(s => s.Kind == DemandStepKind.Route) - 1));
        var rework = demands.Sum(d => d.Steps.Count(s => s.Kind == DemandStepKind.ReturnForRework));
        var evaluated = demands.Count(d => d.Steps.Any(s => s.Kind == DemandStepKind.Close));

        var metrics = ResponseField.Measure(demands, Result.Clock);

        Assert.Equal(DemandsStep.Count + 1, metrics.Raised);   // the residents' demands and the grid worker's case
        Assert.Equal(withdrawnUnanswered, metrics.WithdrawnUnanswered);
        Assert.Equal(answered.Count, metrics.Answered);
        Assert.Equal(onTime, metrics.AnsweredOnTime);
        Assert.Equal(overdue, metrics.Overdue);
        Assert.Equal(buckPassing, metrics.BuckPassing);
        Assert.Equal(rework, metrics.Rework);
        Assert.Equal(evaluated, metrics.Evaluated);
    }

    [Fact]
    public void The_story_has_every_kind_of_answer()
    {
        var metrics = ResponseField.Measure(Result.Demands, Result.Clock);

        Assert.InRange(metrics.BuckPassing, 1, int.MaxValue);
        Assert.InRange(metrics.Overdue, 1, int.MaxValue);
        Assert.InRange(metrics.Rework, 1, int.MaxValue);
        Assert.InRange(metrics.Satisfied, 1, metrics.Evaluated - 1);
        Assert.Contains(Result.Demands, d => d.Status == DemandStatus.Rejected);
        Assert.Contains(Result.Demands, d => d.Status == DemandStatus.Withdrawn);
    }

    [Fact]
    public void No_step_of_any_demand_lies_after_the_report()
    {
        Assert.All(Result.Demands.SelectMany(d => d.Steps), s => Assert.True(s.At <= Result.Now));
    }

    [Fact]
    public void Every_demand_rests_with_an_actor_responsible_for_it()
    {
        foreach (var demand in Result.Demands)
        {
            if (demand.Assignee is { } assignee)
            {
                Assert.True(Result.Actors[assignee].IsResponsibleFor(demand.Category, demand.Subject));
            }
        }
    }
}
