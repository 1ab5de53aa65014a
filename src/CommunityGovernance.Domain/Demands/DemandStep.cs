using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

/// <summary>
/// One recorded step of a demand's history (办理记录): what was done, by whom, when, with what note — like an
/// Open311 service request's notes, or the per-stage record of a Chinese case workflow.
/// </summary>
/// <param name="Kind">The step.</param>
/// <param name="Actor">The actor who took it.</param>
/// <param name="At">When it was taken.</param>
/// <param name="Note">The note, possibly empty; for a response the answer, for a rejection the reasons.</param>
public sealed record DemandStep(DemandStepKind Kind, ActorId Actor, Instant At, string Note)
{
    /// <summary>The status the demand has after this step; an escalation keeps the status it was taken from, so ask <see cref="DemandLifecycle.StatusAfter(DemandStatus, DemandStepKind)"/> for it.</summary>
    /// <exception cref="DomainRuleViolationException">This step is an escalation.</exception>
    public DemandStatus StatusAfter => DemandLifecycle.StatusAfter(Kind);
}
