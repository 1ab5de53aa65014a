using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Actors;

internal sealed class InterestIsNotDuplicatedRule(IReadOnlyCollection<DemandCategory> held, DemandCategory wanted) : IDomainRule
{
    public string Name => ActorRules.InterestIsNotDuplicated;

    public string Message => $"The actor already declared an interest in {wanted} demands.";

    public bool IsBroken() => held.Contains(wanted);
}
