using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Actors;

/// <summary>
/// An immutable copy of an <see cref="Actor"/>'s state, with value equality: a rebuilt actor's snapshot equals
/// the live one's, and a rejected command leaves it unchanged.
/// </summary>
/// <param name="Id">The actor's id.</param>
/// <param name="Kind">The actor's kind.</param>
/// <param name="OrganisationName">The organisation's name, or <see langword="null"/> for a resident.</param>
/// <param name="Resident">The resident's particulars (redacted from <see cref="object.ToString"/>), or <see langword="null"/>.</param>
/// <param name="Responsibilities">The responsibilities, ordered by category, side and unit.</param>
/// <param name="Interests">The declared interests, ordered by category.</param>
/// <param name="Memberships">The memberships, in the order they began.</param>
public sealed record ActorSnapshot(
    ActorId Id,
    ActorKind Kind,
    string? OrganisationName,
    ResidentParticulars? Resident,
    EquatableArray<Responsibility> Responsibilities,
    EquatableArray<DemandCategory> Interests,
    EquatableArray<Membership> Memberships);
