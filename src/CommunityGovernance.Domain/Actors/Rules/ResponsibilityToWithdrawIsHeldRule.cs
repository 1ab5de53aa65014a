using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Actors;

internal sealed class ResponsibilityToWithdrawIsHeldRule(IReadOnlyCollection<Responsibility> held, Responsibility wanted) : IDomainRule
{
    public string Name => ActorRules.ResponsibilityToWithdrawIsHeld;

    public string Message => $"The actor holds no responsibility for {wanted.Category} demands about {wanted.Unit}.";

    public bool IsBroken() => !held.Contains(wanted);
}
