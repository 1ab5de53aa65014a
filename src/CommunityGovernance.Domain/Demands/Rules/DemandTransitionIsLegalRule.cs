using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

internal sealed class DemandTransitionIsLegalRule(DemandStatus status, DemandStepKind step) : IDomainRule
{
    public string Name => DemandRules.TransitionIsLegal;

    public string Message => DemandLifecycle.StepsFrom(status) switch
    {
        [] => $"A {status} demand is final and cannot take the step {step}, or any other.",
        [var only] => $"A {status} demand cannot take the step {step}; from {status} it can only take {only}.",
        var steps => $"A {status} demand cannot take the step {step}; from {status} it can take {string.Join(", ", steps.Take(steps.Count - 1))} or {steps[^1]}.",
    };

    public bool IsBroken() => !DemandLifecycle.Allows(status, step);
}
