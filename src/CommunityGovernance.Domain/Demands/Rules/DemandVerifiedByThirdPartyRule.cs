using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands;

internal sealed class DemandVerifiedByThirdPartyRule(ActorId raiser, ActorId? assignee, ActorId by, VerificationMethod method) : IDomainRule
{
    public string Name => DemandRules.VerifiedByThirdParty;

    public string Message => Enum.IsDefined(method)
        ? $"Actor {by} cannot verify this demand: the raiser evaluates by closing it, and the assignee does not check its own work."
        : $"'{(int)method}' is not a known verification method.";

    public bool IsBroken() => by == raiser || by == assignee || !Enum.IsDefined(method);
}
