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
    /// <summary>
    /// The status the demand has after this step; <see langword="null"/> for an escalation, which keeps the status it
    /// was taken from (<see cref="DemandLifecycle.StatusAfter(DemandStatus, DemandStepKind)"/> answers from that status).
    /// </summary>
    /// <remarks>Never throws: a snapshot's steps are serialized, escalations included.</remarks>
    public DemandStatus? StatusAfter => Kind == DemandStepKind.Escalate ? null : DemandLifecycle.StatusAfter(Kind);
}
