using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Actors;

internal sealed class MembershipDoesNotOverlapRule(IReadOnlyCollection<Membership> held, ActorId organisation, Post post, LocalDate from) : IDomainRule
{
    public string Name => ActorRules.MembershipDoesNotOverlap;

    public string Message => $"The actor already holds the post {post} in {organisation} on or after {from:uuuu-MM-dd}.";

    public bool IsBroken() => held.Any(m => m.Organisation == organisation && m.Post == post && (m.Until is null || m.Until.Value >= from));
}
