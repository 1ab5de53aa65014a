using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Actors;

internal sealed class ActorIsRegisteredAsItsKindRule(ActorKind kind, bool asResident) : IDomainRule
{
    public string Name => ActorRules.RegisteredAsItsKind;

    public string Message => asResident
        ? $"A {kind} is registered as an organisation, not as a resident."
        : "A resident is registered with their particulars, not as an organisation.";

    public bool IsBroken() => (kind == ActorKind.Resident) != asResident;
}
