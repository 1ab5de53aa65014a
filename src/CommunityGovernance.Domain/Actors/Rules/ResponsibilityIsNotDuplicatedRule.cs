using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Actors;

internal sealed class ResponsibilityIsNotDuplicatedRule(IReadOnlyCollection<Responsibility> held, Responsibility wanted) : IDomainRule
{
    public string Name => ActorRules.ResponsibilityIsNotDuplicated;

    public string Message => $"The actor already holds the responsibility for {wanted.Category} demands about {wanted.Unit}.";

    public bool IsBroken() => held.Contains(wanted);
}
