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
/// responsible actor), start work and respond (assignee), close (raiser). Onward commands carry generated
/// sequences through the whole lifecycle; the others probe every illegal move on the way.
/// </param>
public sealed record DemandCommand(DemandStepKind Kind, DemandRole Role, int ResponsibleIndex, Duration Advance, DemandEvaluation Evaluation, bool Onward = false);
