using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Actors;

internal sealed class MembershipIsInAnOrganisationRule(ActorId member, Actor organisation) : IDomainRule
{
    public string Name => ActorRules.MembershipIsInAnOrganisation;

    public string Message => organisation.Id == member
        ? "An actor cannot be a member of itself."
        : "A resident is not an organisation one can be a member of.";

    public bool IsBroken() => organisation.Id == member || organisation.Kind == ActorKind.Resident;
}
