using CommunityGovernance.Actors;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.Actors;

/// <summary>
/// FsCheck arbitraries for the actor value objects, to name in <c>[Property(Arbitrary = new[] { typeof(ActorArbitraries) })]</c>.
/// </summary>
public static class ActorArbitraries
{
    /// <summary>Valid actor ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ActorId> ActorId() => ActorGenerators.ActorIds.ToArbitrary();

    /// <summary>Listed actor kinds.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ActorKind> ActorKind() => ActorGenerators.Kinds.ToArbitrary();

    /// <summary>Valid person names.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PersonName> PersonName() => ActorGenerators.PersonNames.ToArbitrary();

    /// <summary>Valid resident identity numbers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ResidentIdentityNumber> ResidentIdentityNumber() => ActorGenerators.IdentityNumbers.ToArbitrary();

    /// <summary>Valid phone numbers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PhoneNumber> PhoneNumber() => ActorGenerators.PhoneNumbers.ToArbitrary();

    /// <summary>Valid residences.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Residence> Residence() => ActorGenerators.Residences.ToArbitrary();

    /// <summary>Valid residents' particulars.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ResidentParticulars> ResidentParticulars() => ActorGenerators.Particulars.ToArbitrary();
}
