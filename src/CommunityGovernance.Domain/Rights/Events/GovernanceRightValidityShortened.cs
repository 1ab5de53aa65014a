using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

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
