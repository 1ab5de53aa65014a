using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Actors;

internal sealed class ActorIsRegisteredAsItsKind(ActorKind kind, bool asResident) : IDomainRule
{
    public string Name => ActorRules.RegisteredAsItsKind;

    public string Message => asResident
        ? $"A {kind} is registered as an organisation, not as a resident."
        : "A resident is registered with their particulars, not as an organisation.";

    public bool IsBroken() => (kind == ActorKind.Resident) != asResident;
}

internal sealed class ResponsibilityIsNotDuplicated(IReadOnlyCollection<Responsibility> held, Responsibility wanted) : IDomainRule
{
    public string Name => ActorRules.ResponsibilityIsNotDuplicated;

    public string Message => $"The actor already holds the responsibility for {wanted.Category} demands about {wanted.Unit}.";

    public bool IsBroken() => held.Contains(wanted);
}

internal sealed class ResponsibilityToWithdrawIsHeld(IReadOnlyCollection<Responsibility> held, Responsibility wanted) : IDomainRule
{
    public string Name => ActorRules.ResponsibilityToWithdrawIsHeld;

    public string Message => $"The actor holds no responsibility for {wanted.Category} demands about {wanted.Unit}.";

    public bool IsBroken() => !held.Contains(wanted);
}

internal sealed class InterestIsNotDuplicated(IReadOnlyCollection<DemandCategory> held, DemandCategory wanted) : IDomainRule
{
    public string Name => ActorRules.InterestIsNotDuplicated;

    public string Message => $"The actor already declared an interest in {wanted} demands.";

    public bool IsBroken() => held.Contains(wanted);
}

internal sealed class MembershipIsInAnOrganisation(ActorId member, Actor organisation) : IDomainRule
{
    public string Name => ActorRules.MembershipIsInAnOrganisation;

    public string Message => organisation.Id == member
        ? "An actor cannot be a member of itself."
        : "A resident is not an organisation one can be a member of.";

    public bool IsBroken() => organisation.Id == member || organisation.Kind == ActorKind.Resident;
}

internal sealed class MembershipDoesNotOverlap(IReadOnlyCollection<Membership> held, ActorId organisation, Post post, LocalDate from) : IDomainRule
{
    public string Name => ActorRules.MembershipDoesNotOverlap;

    public string Message => $"The actor already holds the post {post} in {organisation} on or after {from:uuuu-MM-dd}.";

    public bool IsBroken() => held.Any(m => m.Organisation == organisation && m.Post == post && (m.Until is null || m.Until.Value >= from));
}

internal sealed class MembershipToEndIsOpen(IReadOnlyCollection<Membership> held, ActorId organisation, Post post, LocalDate until) : IDomainRule
{
    public string Name => ActorRules.MembershipToEndIsOpen;

    public string Message => $"The actor holds no open post {post} in {organisation} that began on or before {until:uuuu-MM-dd}.";

    public bool IsBroken() => !held.Any(m => m.IsOpen && m.Organisation == organisation && m.Post == post && m.From <= until);
}

internal sealed class OnlyResidentsReside(ActorKind kind) : IDomainRule
{
    public string Name => ActorRules.OnlyResidentsReside;

    public string Message => $"A {kind} has no residence; only residents do.";

    public bool IsBroken() => kind != ActorKind.Resident;
}
