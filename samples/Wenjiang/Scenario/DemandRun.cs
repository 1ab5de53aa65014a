using CommunityGovernance.Actors;
using CommunityGovernance.Demands;
using NodaTime;

namespace Wenjiang.Scenario;

/// <summary>
/// Plays one demand's lifecycle for an outcome, step by step, and stops at the first step that would fall after the
/// report's instant.
/// </summary>
/// <param name="demand">The demand, just raised.</param>
/// <param name="committee">The residents' committee that receives it.</param>
/// <param name="first">The actor it is routed to first.</param>
/// <param name="second">The actor it is passed on to when the buck is passed.</param>
/// <param name="raisedAt">When it was raised.</param>
internal sealed class DemandRun(Demand demand, ActorId committee, Actor first, Actor second, Instant raisedAt)
{
    /// <summary>Runs the demand to its outcome.</summary>
    /// <param name="outcome">How it runs.</param>
    public void Play(DemandOutcome outcome)
    {
        var steps = new List<(double Days, Action<Instant> Step)> { (0.05, at => demand.Accept(committee, at)) };
        switch (outcome)
        {
            case DemandOutcome.Rejected:
                steps.Add((1, at => demand.Reject(committee, "The matter lies with the district's housing bureau, not the community; the raiser was told where to apply.", at)));
                break;
            case DemandOutcome.Withdrawn:
                steps.Add((0.5, at => demand.Withdraw(demand.Raiser, at, "Neighbours settled it themselves.")));
                break;
            case DemandOutcome.BuckPassed:
                steps.Add((0.1, at => demand.Route(committee, first, at)));
                steps.Add((2, at => demand.Route(first.Id, second, at, "Not ours: passed on.")));
                steps.Add((4, at => demand.Route(second.Id, first, at, "Passed back.")));
                steps.Add((9, at => demand.StartWork(first.Id, at)));
                steps.Add((10, at => demand.Respond(first.Id, "Done after all.", "Handled once the street office settled who is responsible.", at)));
                steps.Add((11, at => demand.Close(demand.Raiser, DemandEvaluation.Dissatisfied, at, "Too slow.")));
                break;
            default:
                steps.Add((0.1, at => demand.Route(committee, first, at)));
                steps.Add((0.5, at => demand.StartWork(first.Id, at)));
                AddAnswer(steps, outcome);
                break;
        }

        foreach (var (days, step) in steps)
        {
            var at = raisedAt + Duration.FromHours(days * 24);
            if (at > Timeline.ReportAt)
            {
                return;
            }

            step(at);
        }
    }

    private void AddAnswer(List<(double Days, Action<Instant> Step)> steps, DemandOutcome outcome)
    {
        switch (outcome)
        {
            case DemandOutcome.Stalled:
                break;
            case DemandOutcome.Reworked:
                steps.Add((2, at => demand.Respond(first.Id, "Repaired.", "A temporary fix was made.", at)));
                steps.Add((3, at => demand.ReturnForRework(demand.Raiser, at, "The fault came back the next day.")));
                steps.Add((5, at => demand.Respond(first.Id, "Repaired properly.", "The faulty part was replaced.", at)));
                steps.Add((6, at => demand.Close(demand.Raiser, DemandEvaluation.Satisfied, at)));
                break;
            default:
                steps.Add((2, at => demand.Respond(first.Id, "Handled.", "The responsible team dealt with it on site.", at)));
                var evaluation = outcome == DemandOutcome.Satisfied ? DemandEvaluation.Satisfied : DemandEvaluation.Dissatisfied;
                steps.Add((3, at => demand.Close(demand.Raiser, evaluation, at)));
                break;
        }
    }
}
