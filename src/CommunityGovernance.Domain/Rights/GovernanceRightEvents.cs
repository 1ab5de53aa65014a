using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// An original governance right (治理权) was established: granted from the administrative hierarchy (科层), or
/// born of a resource integration (then followed by <see cref="ResourcesIntegrated"/>).
/// </summary>
/// <param name="OccurredAt">When it was established.</param>
/// <param name="Right">The new right's id, which is also the id of its delegation tree.</param>
/// <param name="Source">Where the right comes from.</param>
/// <param name="Terms">What it confers.</param>
public sealed record GovernanceRightGranted(Instant OccurredAt, GovernanceRightId Right, RightSource Source, RightTerms Terms)
    : DomainEvent(OccurredAt);

/// <summary>A governance right was delegated (放权, 赋权) from another, narrower or equal in every respect.</summary>
/// <param name="OccurredAt">When it was delegated.</param>
/// <param name="Right">The delegated right's id.</param>
/// <param name="DelegatedFrom">The right it was delegated from.</param>
/// <param name="Terms">What it confers.</param>
public sealed record GovernanceRightDelegated(Instant OccurredAt, GovernanceRightId Right, GovernanceRightId DelegatedFrom, RightTerms Terms)
    : DomainEvent(OccurredAt);

/// <summary>
/// A governance right was revoked, and with it, at the same instant, every right delegated from it that still
/// stood, transitively.
/// </summary>
/// <param name="OccurredAt">The instant from which the rights no longer stand.</param>
/// <param name="Right">The right whose revocation was asked for.</param>
/// <param name="Revoked">Every right revoked: <paramref name="Right"/> first, then its descendants in delegation order.</param>
public sealed record GovernanceRightRevoked(Instant OccurredAt, GovernanceRightId Right, EquatableArray<GovernanceRightId> Revoked)
    : DomainEvent(OccurredAt);

/// <summary>
/// A governance right's validity was cut to end earlier, and with it the validity of every right delegated from
/// it that ran longer, so that none outlasts the right it came from.
/// </summary>
/// <param name="OccurredAt">When the change was made.</param>
/// <param name="Right">The right whose validity was shortened.</param>
/// <param name="NewEnd">The new, exclusive end.</param>
/// <param name="Shortened">Every right whose validity was cut: <paramref name="Right"/> first, then descendants in delegation order.</param>
public sealed record GovernanceRightValidityShortened(Instant OccurredAt, GovernanceRightId Right, Instant NewEnd, EquatableArray<GovernanceRightId> Shortened)
    : DomainEvent(OccurredAt);

/// <summary>
/// A governance right was renewed (续期): its validity now ends later, still within the validity of the right it
/// was delegated from. Rights delegated from it keep their own validity.
/// </summary>
/// <param name="OccurredAt">When it was renewed.</param>
/// <param name="Right">The right.</param>
/// <param name="NewEnd">The new, exclusive end.</param>
public sealed record GovernanceRightValidityExtended(Instant OccurredAt, GovernanceRightId Right, Instant NewEnd)
    : DomainEvent(OccurredAt);

/// <summary>
/// Resources from an enterprise or a social organisation were integrated (资源整合) into a market-and-social right,
/// expanding what its holder may allocate by the contribution.
/// </summary>
/// <param name="OccurredAt">When the integration was concluded.</param>
/// <param name="Right">The right whose allowance grew.</param>
/// <param name="Integration">The partner and the contribution.</param>
public sealed record ResourcesIntegrated(Instant OccurredAt, GovernanceRightId Right, ResourceIntegration Integration)
    : DomainEvent(OccurredAt);
