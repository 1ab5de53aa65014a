using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>A governance arrangement (治理安排) for a community was made.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Arrangement">Its id.</param>
/// <param name="Community">The community it governs: an administrative unit or a living community.</param>
public sealed record GovernanceArrangementMade(Instant OccurredAt, GovernanceArrangementId Arrangement, CommunityUnit Community)
    : DomainEvent(OccurredAt);
