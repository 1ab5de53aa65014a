using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// The owner (业主) of record of a delivered exclusive unit: the one who votes for it in the assembly. The owner is an
/// actor; the name is personal data (个人信息).
/// </summary>
/// <remarks>
/// Co-owners of one unit (共有人) are one owner for the assembly: the register records the one they name. Two owners
/// are equal when actor and name are; <see cref="ToString"/> shows the actor, never the name.
/// </remarks>
/// <param name="Owner">The owner, as an actor: the data subject of <paramref name="Name"/>.</param>
/// <param name="Name">The owner's name. Personal data.</param>
[LivingSide]
public sealed record UnitOwner([property: DataSubject] ActorId Owner, [property: PersonalData] PersonName Name)
{
    /// <summary>The owner's actor id; the name is redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"UnitOwner {{ Owner = {Owner}, Name = {DomainEvent.Redacted} }}";
}
