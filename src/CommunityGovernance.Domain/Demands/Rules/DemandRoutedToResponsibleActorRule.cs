using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

internal sealed class DemandRoutedToResponsibleActorRule(Actor assignee, DemandCategory category, CommunityUnit subject) : IDomainRule
{
    public string Name => DemandRules.RoutedToResponsibleActor;

    public string Message => $"Actor {assignee.Id} is not responsible for {category} demands about {subject}.";

    public bool IsBroken() => !assignee.IsResponsibleFor(category, subject);
}
