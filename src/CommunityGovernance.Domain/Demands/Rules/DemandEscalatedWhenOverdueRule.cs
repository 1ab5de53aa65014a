using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

internal sealed class DemandEscalatedWhenOverdueRule(DemandStage stage, Instant? due, bool open, Instant at) : IDomainRule
{
    public string Name => DemandRules.EscalatedWhenOverdue;

    public string Message => due is { } d
        ? $"The {stage} stage is not overdue at {at}: it is due {d}{(open ? string.Empty : " and has ended")}."
        : $"The {stage} stage has no time limit or has not started, so it cannot be overdue.";

    public bool IsBroken() => due is not { } d || !open || at <= d;
}
