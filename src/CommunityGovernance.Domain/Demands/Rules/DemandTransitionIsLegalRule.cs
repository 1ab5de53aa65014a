using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

internal sealed class DemandTransitionIsLegalRule(DemandStatus status, DemandStepKind step) : IDomainRule
{
    public string Name => DemandRules.TransitionIsLegal;

    public string Message => $"A {status} demand cannot take the step {step}.";

    public bool IsBroken() => !DemandLifecycle.Allows(status, step);
}
