using CommunityGovernance.Demands;

namespace CommunityGovernance.Testing.Demands;

/// <summary>
/// The invariants every demand keeps, as a check to call from your own property tests: after any sequence of
/// commands, accepted or refused, <see cref="Check"/> is empty.
/// </summary>
public static class DemandInvariants
{
    /// <summary>Lists the invariants the demand breaks; none, for a demand built only through its commands.</summary>
    /// <param name="demand">The demand.</param>
    /// <returns>One sentence per broken invariant.</returns>
    public static IReadOnlyList<string> Check(Demand demand)
    {
        ArgumentNullException.ThrowIfNull(demand);
        var broken = new List<string>();
        var steps = demand.Steps;
        if (steps.Count == 0 || steps[0].Kind != DemandStepKind.Raise || steps.Skip(1).Any(s => s.Kind == DemandStepKind.Raise))
        {
            broken.Add("The history starts with the one Raise step.");
        }

        var status = DemandStatus.Raised;
        for (var i = 1; i < steps.Count; i++)
        {
            if (!DemandLifecycle.Allows(status, steps[i].Kind))
            {
                broken.Add($"Step {i} ({steps[i].Kind}) may not follow {status}.");
            }

            status = DemandLifecycle.StatusAfter(status, steps[i].Kind);

            if (steps[i].At < steps[i - 1].At)
            {
                broken.Add($"Step {i} is recorded before the step it follows.");
            }
        }

        if (steps.Count > 0 && demand.Status != status)
        {
            broken.Add("The status is not the one the last step leads to.");
        }

        var routes = steps.Count(s => s.Kind == DemandStepKind.Route);
        if (demand.BuckPassingCount != Math.Max(0, routes - 1) || demand.ReworkCount != steps.Count(s => s.Kind is DemandStepKind.ReturnForRework or DemandStepKind.FailVerification))
        {
            broken.Add("Buck-passing or rework is not counted from the steps.");
        }

        if ((demand.Assignee is null) != (routes == 0))
        {
            broken.Add("A demand has an assignee exactly when it has been routed.");
        }

        var firstAnswer = steps.FirstOrDefault(s => s.Kind is DemandStepKind.Respond or DemandStepKind.Reject);
        if (demand.FirstAnsweredAt != firstAnswer?.At)
        {
            broken.Add("The first answer is not the first response or rejection.");
        }

        if ((demand.Evaluation is null) != (demand.Status != DemandStatus.Closed || steps[^1].Kind == DemandStepKind.Conclude))
        {
            broken.Add("A demand carries an evaluation exactly when its raiser closed it.");
        }

        return broken;
    }
}
