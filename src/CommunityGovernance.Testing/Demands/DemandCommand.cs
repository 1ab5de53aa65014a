using CommunityGovernance.Actors;
using CommunityGovernance.Demands;
using NodaTime;

namespace CommunityGovernance.Testing.Demands;

/// <summary>
/// One generated step to try on a demand. It may be illegal: applying it through
/// <see cref="DemandScenario.Apply"/> either succeeds or throws a domain rule violation.
/// </summary>
/// <param name="Kind">The step to try (never <see cref="DemandStepKind.Raise"/>).</param>
/// <param name="Role">Who takes it; for a route, who it is routed to (the acceptor routes).</param>
/// <param name="ResponsibleIndex">Which responsible actor, when <paramref name="Role"/> is <see cref="DemandRole.Responsible"/>.</param>
/// <param name="Advance">How long after the demand's last step it is taken; negative to try a backdated step.</param>
/// <param name="Evaluation">The evaluation, for <see cref="DemandStepKind.Close"/>.</param>
/// <param name="Onward">
/// When <see langword="true"/>, <paramref name="Kind"/> and <paramref name="Role"/> are ignored and the command takes
/// the usual next step for the demand's status, by the actor who usually takes it: accept (acceptor), route (to a
/// responsible actor), start work and respond (assignee); after a response, by <paramref name="ResponsibleIndex"/>, a
/// passed or a failed verification by the acceptor (a third party) or the raiser's closing; after a passed
/// verification the desk's conclusion or the raiser's closing. Onward commands carry generated sequences through the
/// whole lifecycle, verification and rework included; the others probe every illegal move on the way.
/// </param>
public sealed record DemandCommand(DemandStepKind Kind, DemandRole Role, int ResponsibleIndex, Duration Advance, DemandEvaluation Evaluation, bool Onward = false)
{
    /// <summary>The command as it is taken on a demand in <paramref name="status"/>: itself, unless it is <see cref="Onward"/>.</summary>
    /// <param name="status">The demand's status.</param>
    /// <returns>The command with the step and role it takes.</returns>
    public DemandCommand TakenFrom(DemandStatus status) => !Onward ? this : status switch
    {
        DemandStatus.Raised => this with { Kind = DemandStepKind.Accept, Role = DemandRole.Acceptor },
        DemandStatus.Accepted => this with { Kind = DemandStepKind.Route, Role = DemandRole.Responsible },
        DemandStatus.Routed => this with { Kind = DemandStepKind.StartWork, Role = DemandRole.Assignee },
        DemandStatus.InProgress => this with { Kind = DemandStepKind.Respond, Role = DemandRole.Assignee },
        DemandStatus.Responded => (ResponsibleIndex % 4) switch
        {
            0 => this with { Kind = DemandStepKind.Verify, Role = DemandRole.Acceptor },
            1 => this with { Kind = DemandStepKind.FailVerification, Role = DemandRole.Acceptor },
            _ => this with { Kind = DemandStepKind.Close, Role = DemandRole.Raiser },
        },
        DemandStatus.Verified when ResponsibleIndex % 2 == 0 => this with { Kind = DemandStepKind.Conclude, Role = DemandRole.Acceptor },
        _ => this with { Kind = DemandStepKind.Close, Role = DemandRole.Raiser },
    };

    /// <summary>
    /// The stage an escalation names on a demand in <paramref name="status"/>: for <see cref="ResponsibleIndex"/> 4,
    /// the stage the status is in (so that a late escalation usually finds it overdue); otherwise any of the five,
    /// by index and status, which may not be running.
    /// </summary>
    /// <param name="status">The demand's status.</param>
    /// <returns>The stage.</returns>
    public DemandStage EscalatedStage(DemandStatus status) => ResponsibleIndex % 5 != 4 ? (DemandStage)(((ResponsibleIndex + (int)status) % 5) + 1) : status switch
    {
        DemandStatus.Raised => DemandStage.Accept,
        DemandStatus.Accepted => DemandStage.Dispatch,
        DemandStatus.Routed or DemandStatus.InProgress => DemandStage.Handle,
        DemandStatus.Responded => DemandStage.Verify,
        _ => DemandStage.Close,
    };

    /// <summary>Takes the step on the demand, one way for every runner (in one process or on a cluster).</summary>
    /// <param name="demand">The demand.</param>
    /// <param name="actor">Who takes it; for a route, the acceptor who routes.</param>
    /// <param name="routedTo">For a route, the actor it goes to, whole (the demand checks its responsibilities, and refuses a missing one); otherwise ignored.</param>
    /// <param name="at">When.</param>
    /// <exception cref="Kernel.DomainRuleViolationException">The demand refused the step.</exception>
    public void TakeOn(Demand demand, ActorId actor, Actor? routedTo, Instant at)
    {
        ArgumentNullException.ThrowIfNull(demand);
        switch (Kind)
        {
            case DemandStepKind.Accept: demand.Accept(actor, at, "accepted"); break;
            case DemandStepKind.Route: demand.Route(actor, routedTo!, at, "routed"); break;   // a missing actor is refused by the demand itself
            case DemandStepKind.StartWork: demand.StartWork(actor, at); break;
            case DemandStepKind.Respond: demand.Respond(actor, "answer", "reasons", at); break;
            case DemandStepKind.ReturnForRework: demand.ReturnForRework(actor, at, "not good enough"); break;
            case DemandStepKind.Close: demand.Close(actor, Evaluation, at); break;
            case DemandStepKind.Reject: demand.Reject(actor, "out of scope", at); break;
            case DemandStepKind.Withdraw: demand.Withdraw(actor, at); break;
            case DemandStepKind.Verify or DemandStepKind.FailVerification:
                demand.Verify(actor, VerificationMethod.OnSiteCheck, Kind == DemandStepKind.Verify, "checked on site", at);
                break;
            case DemandStepKind.Conclude: demand.Conclude(actor, at, "concluded"); break;
            case DemandStepKind.Escalate:
                demand.Escalate(actor, EscalatedStage(demand.Status), WorkingCalendar.China, at, "overdue");
                break;
            default: throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Not a step a command can take.");
        }
    }
}
