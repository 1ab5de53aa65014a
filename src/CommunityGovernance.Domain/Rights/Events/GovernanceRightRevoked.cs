using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// A governance right was revoked, and with it, at the same instant, every right delegated from it that still
/// stood, transitively.
/// </summary>
/// <param name="OccurredAt">The instant from which the rights no longer stand.</param>
/// <param name="Right">The right whose revocation was asked for.</param>
/// <param name="Revoked">Every right revoked: <paramref name="Right"/> first, then its descendants in delegation order.</param>
public sealed record GovernanceRightRevoked(Instant OccurredAt, GovernanceRightId Right, EquatableArray<GovernanceRightId> Revoked)
    : DomainEvent(OccurredAt);
