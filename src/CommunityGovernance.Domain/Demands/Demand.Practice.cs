using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

// Verification by a third party, closing by the desk, escalation of overdue stages, and the stages' time limits:
// how cases are handled in practice on top of the lecture's lifecycle.
public sealed partial class Demand
{
    private readonly List<DemandVerification> _verifications = [];
    private readonly List<DemandEscalation> _escalations = [];

    /// <summary>The stage time limits it was raised with, or <see langword="null"/> when none (its stages are then never overdue).</summary>
    public StageTimeLimits? Limits { get; private set; }

    /// <summary>The verifications of its result (核查, 回访), oldest first.</summary>
    public IReadOnlyList<DemandVerification> Verifications => _verifications.AsReadOnly();

    /// <summary>Its escalations to a supervising level (督办), oldest first.</summary>
    public IReadOnlyList<DemandEscalation> Escalations => _escalations.AsReadOnly();

    /// <summary>The level supervising it: <see cref="AdministrativeLevel.Community"/> until escalated, then the street, then the district.</summary>
    public AdministrativeLevel SupervisingLevel => _escalations.Count == 0 ? AdministrativeLevel.Community : _escalations[^1].To;

    /// <summary>
    /// Someone other than the raiser and the assignee verifies the response (核查, 回访): a grid worker on site, an
    /// operator by phone. Resolved, the demand is verified and awaits closing; unresolved, it goes back to the
    /// assignee and counts as rework (返工).
    /// </summary>
    /// <param name="by">The verifier.</param>
    /// <param name="method">How.</param>
    /// <param name="resolved">Whether the matter was found resolved.</param>
    /// <param name="evidence">What was found, 1 to <see cref="MaxNoteLength"/> characters.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">The step is illegal now, the verifier is the raiser or the assignee or the method unknown (<see cref="DemandRules.VerifiedByThirdParty"/>), or the evidence missing.</exception>
    public void Verify(ActorId by, VerificationMethod method, bool resolved, string evidence, Instant at)
    {
        var text = Guard.Against.MissingText(evidence, MaxNoteLength);
        Step(resolved ? DemandStepKind.Verify : DemandStepKind.FailVerification, by, at, null);
        CheckRule(new DemandVerifiedByThirdPartyRule(Raiser, Assignee, by, method));
        RaiseEvent(new DemandVerified(Id, by, method, resolved, text, at));
    }

    /// <summary>The desk closes a verified demand without the raiser's evaluation (办结): the raiser could not be reached or did not answer.</summary>
    /// <param name="by">The closing actor.</param>
    /// <param name="at">When.</param>
    /// <param name="note">An optional note.</param>
    /// <exception cref="DomainRuleViolationException">The demand is not verified, or an argument is bad.</exception>
    public void Conclude(ActorId by, Instant at, string? note = null)
    {
        var text = Step(DemandStepKind.Conclude, by, at, note);
        RaiseEvent(new DemandConcluded(Id, by, text, at));
    }

    /// <summary>Escalates an overdue stage to the next supervising level (督办): the street, then the district.</summary>
    /// <param name="by">The escalating actor.</param>
    /// <param name="stage">The overdue stage.</param>
    /// <param name="calendar">The calendar the stage's limit is counted on.</param>
    /// <param name="at">When.</param>
    /// <param name="note">An optional note.</param>
    /// <exception cref="DomainRuleViolationException">The demand is final, the stage is not overdue at <paramref name="at"/> (<see cref="DemandRules.EscalatedWhenOverdue"/>), the district already supervises it (<see cref="DemandRules.EscalationStopsAtDistrict"/>), or an argument is bad.</exception>
    public void Escalate(ActorId by, DemandStage stage, WorkingCalendar calendar, Instant at, string? note = null)
    {
        Guard.Against.UnknownValue(stage, DemandRules.StageIsKnown);
        Guard.Against.MissingValue(calendar);
        var text = Step(DemandStepKind.Escalate, by, at, note);
        var (_, end) = StageSpan(stage);
        CheckRule(new DemandEscalatedWhenOverdueRule(stage, StageDueAt(stage, calendar), end is null, at));
        CheckRule(new DemandEscalationStopsAtDistrictRule(_escalations.Count));
        RaiseEvent(new DemandEscalated(Id, by, stage, _escalations.Count == 0 ? AdministrativeLevel.Street : AdministrativeLevel.District, text, at));
    }

    /// <summary>When <paramref name="stage"/> last started, or <see langword="null"/> when it has not.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="DomainRuleViolationException">The stage is unknown.</exception>
    public Instant? StageStartedAt(DemandStage stage) => StageSpan(Guard.Against.UnknownValue(stage, DemandRules.StageIsKnown)).Start;

    /// <summary>When <paramref name="stage"/> ended after it last started, or <see langword="null"/> while it runs or before it starts.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="DomainRuleViolationException">The stage is unknown.</exception>
    public Instant? StageEndedAt(DemandStage stage) => StageSpan(Guard.Against.UnknownValue(stage, DemandRules.StageIsKnown)).End;

    /// <summary>
    /// When <paramref name="stage"/> is due: its limit counted on <paramref name="calendar"/> from when it last
    /// started; <see langword="null"/> when it has no limit or has not started. Rework restarts the handle stage, so
    /// its due instant moves later, never earlier.
    /// </summary>
    /// <param name="stage">The stage.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <returns>The due instant, on a working day.</returns>
    /// <exception cref="DomainRuleViolationException">The stage is unknown or the calendar missing.</exception>
    public Instant? StageDueAt(DemandStage stage, WorkingCalendar calendar)
    {
        Guard.Against.MissingValue(calendar);
        return Limits?.For(stage) is { } limit && StageSpan(stage).Start is { } start ? calendar.Add(start, limit) : null;
    }

    /// <summary>Whether <paramref name="stage"/> is running past its due instant at the clock's instant (超时).</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="clock">The clock.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    /// <exception cref="DomainRuleViolationException">The stage is unknown, or the calendar or clock missing.</exception>
    public bool IsOverdue(DemandStage stage, WorkingCalendar calendar, IClock clock) =>
        StageDueAt(stage, calendar) is { } due && StageSpan(stage).End is null && !DemandLifecycle.IsFinal(Status)
        && Guard.Against.MissingValue(clock).GetCurrentInstant() > due;

    /// <summary>Whether <paramref name="stage"/> ended by its due instant; <see langword="null"/> while it runs, or when it has no limit.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <returns><see langword="true"/> when it ended on time.</returns>
    /// <exception cref="DomainRuleViolationException">The stage is unknown or the calendar missing.</exception>
    public bool? IsStageOnTime(DemandStage stage, WorkingCalendar calendar) =>
        StageDueAt(stage, calendar) is { } due && StageSpan(stage).End is { } end ? end <= due : null;

    // A stage starts at the steps that open it and ends at the first step that closes it after that. Routing on while
    // the handle stage runs (buck-passing) does not restart it; rework does.
    private (Instant? Start, Instant? End) StageSpan(DemandStage stage)
    {
        Instant? start = null, end = null;
        foreach (var step in _steps)
        {
            if (Starts(stage, step.Kind) && (start is null || end is not null || Restarts(stage, step.Kind)))
            {
                (start, end) = (step.At, null);
            }
            else if (start is not null && end is null && Ends(stage, step.Kind))
            {
                end = step.At;
            }
        }

        return (start, end);
    }

    private static bool Starts(DemandStage stage, DemandStepKind kind) => stage switch
    {
        DemandStage.Accept => kind == DemandStepKind.Raise,
        DemandStage.Dispatch => kind == DemandStepKind.Accept,
        DemandStage.Handle => kind is DemandStepKind.Route or DemandStepKind.ReturnForRework or DemandStepKind.FailVerification,
        DemandStage.Verify => kind == DemandStepKind.Respond,
        _ => kind is DemandStepKind.Respond or DemandStepKind.Verify,
    };

    private static bool Restarts(DemandStage stage, DemandStepKind kind) =>
        kind is not (DemandStepKind.Route or DemandStepKind.Raise or DemandStepKind.Accept) || stage == DemandStage.Close;

    private static bool Ends(DemandStage stage, DemandStepKind kind) => kind switch
    {
        DemandStepKind.Reject or DemandStepKind.Withdraw => true,
        DemandStepKind.Accept => stage == DemandStage.Accept,
        DemandStepKind.Route => stage == DemandStage.Dispatch,
        DemandStepKind.Respond => stage == DemandStage.Handle,
        DemandStepKind.Verify => stage == DemandStage.Verify,

        // Rework, asked for or found on verification, sends the demand back to handling: nothing awaits closing.
        DemandStepKind.ReturnForRework or DemandStepKind.FailVerification => stage is DemandStage.Verify or DemandStage.Close,
        DemandStepKind.Close or DemandStepKind.Conclude => stage is DemandStage.Verify or DemandStage.Close,
        _ => false,
    };
}
