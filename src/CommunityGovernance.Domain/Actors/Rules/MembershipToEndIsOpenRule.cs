using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Actors;

internal sealed class MembershipToEndIsOpenRule(IReadOnlyCollection<Membership> held, ActorId organisation, Post post, LocalDate until) : IDomainRule
{
    public string Name => ActorRules.MembershipToEndIsOpen;

    public string Message => $"The actor holds no open post {post} in {organisation} that began on or before {until:uuuu-MM-dd}.";

    public bool IsBroken() => !held.Any(m => m.IsOpen && m.Organisation == organisation && m.Post == post && m.From <= until);
}
