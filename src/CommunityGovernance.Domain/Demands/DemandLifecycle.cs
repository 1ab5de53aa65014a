using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands;

/// <summary>
/// The legal lifecycle of a demand: raised → accepted → routed → in progress → responded → closed with an
/// evaluation; rejected with reasons from any status before a response; withdrawn by the raiser likewise.
/// </summary>
/// <remarks>
/// <code>
/// Raised     : Accept, Reject, Withdraw
/// Accepted   : Route, Reject, Withdraw
/// Routed     : Route (on: buck-passing), StartWork, Reject, Withdraw
/// InProgress : Route (on: buck-passing), Respond, Reject, Withdraw
/// Responded  : ReturnForRework (rework), Close, Verify, FailVerification (rework)
/// Verified   : ReturnForRework (rework), Close, Conclude
/// Closed, Rejected, Withdrawn: final
/// Escalate   : from any status that is not final; keeps the status
/// </code>
/// </remarks>
public static class DemandLifecycle
{
    /// <summary>The status a step leads to.</summary>
    /// <param name="step">The step.</param>
    /// <returns>The status after it.</returns>
    /// <exception cref="DomainRuleViolationException">The step is not a listed value.</exception>
    public static DemandStatus StatusAfter(DemandStepKind step) => step switch
    {
        DemandStepKind.Raise => DemandStatus.Raised,
        DemandStepKind.Accept => DemandStatus.Accepted,
        DemandStepKind.Route => DemandStatus.Routed,
        DemandStepKind.StartWork or DemandStepKind.ReturnForRework => DemandStatus.InProgress,
        DemandStepKind.Respond => DemandStatus.Responded,
        DemandStepKind.Close => DemandStatus.Closed,
        DemandStepKind.Reject => DemandStatus.Rejected,
        DemandStepKind.Withdraw => DemandStatus.Withdrawn,
        DemandStepKind.Verify => DemandStatus.Verified,
        DemandStepKind.FailVerification => DemandStatus.InProgress,
        DemandStepKind.Conclude => DemandStatus.Closed,
        DemandStepKind.Escalate => throw new DomainRuleViolationException(DemandRules.TransitionIsLegal, "An escalation keeps the status it is taken from: ask StatusAfter(current, step)."),
        _ => throw new DomainRuleViolationException(DemandRules.TransitionIsLegal, $"'{(int)step}' is not a known demand step."),
    };

    /// <summary>The status a step taken from <paramref name="current"/> leads to: <paramref name="current"/> itself for an escalation.</summary>
    /// <param name="current">The status the step is taken from.</param>
    /// <param name="step">The step.</param>
    /// <returns>The status after it.</returns>
    /// <exception cref="DomainRuleViolationException">The step is not a listed value.</exception>
    public static DemandStatus StatusAfter(DemandStatus current, DemandStepKind step) =>
        step == DemandStepKind.Escalate ? current : StatusAfter(step);

    /// <summary>Whether <paramref name="step"/> may be taken from <paramref name="status"/>.</summary>
    /// <param name="status">The current status.</param>
    /// <param name="step">The step wanted.</param>
    /// <returns><see langword="true"/> when legal.</returns>
    public static bool Allows(DemandStatus status, DemandStepKind step) => step == DemandStepKind.Escalate
        ? Enum.IsDefined(status) && !IsFinal(status)
        : status switch
        {
            DemandStatus.Raised => step is DemandStepKind.Accept or DemandStepKind.Reject or DemandStepKind.Withdraw,
            DemandStatus.Accepted => step is DemandStepKind.Route or DemandStepKind.Reject or DemandStepKind.Withdraw,
            DemandStatus.Routed => step is DemandStepKind.Route or DemandStepKind.StartWork or DemandStepKind.Reject or DemandStepKind.Withdraw,
            DemandStatus.InProgress => step is DemandStepKind.Route or DemandStepKind.Respond or DemandStepKind.Reject or DemandStepKind.Withdraw,
            DemandStatus.Responded => step is DemandStepKind.ReturnForRework or DemandStepKind.Close or DemandStepKind.Verify or DemandStepKind.FailVerification,
            DemandStatus.Verified => step is DemandStepKind.ReturnForRework or DemandStepKind.Close or DemandStepKind.Conclude,
            _ => false,
        };

    /// <summary>The steps a demand in <paramref name="status"/> may take next, in lifecycle order.</summary>
    /// <param name="status">The current status.</param>
    /// <returns>The legal steps; empty for a final status.</returns>
    public static IReadOnlyList<DemandStepKind> StepsFrom(DemandStatus status) =>
        (int)status >= 0 && (int)status < NextSteps.Length ? NextSteps[(int)status] : [];

    // Derived once from Allows, so that the list a refusal names can never disagree with the check.
    private static readonly IReadOnlyList<DemandStepKind>[] NextSteps = BuildNextSteps();

    private static IReadOnlyList<DemandStepKind>[] BuildNextSteps()
    {
        var statuses = Enum.GetValues<DemandStatus>();
        var steps = new IReadOnlyList<DemandStepKind>[statuses.Max(s => (int)s) + 1];
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i] = Array.AsReadOnly(Enum.GetValues<DemandStepKind>().Where(k => Allows((DemandStatus)i, k)).ToArray());
        }

        return steps;
    }

    /// <summary>Whether no step may follow <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for closed, rejected and withdrawn.</returns>
    public static bool IsFinal(DemandStatus status) => status is DemandStatus.Closed or DemandStatus.Rejected or DemandStatus.Withdrawn;
}
