using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>A governance right was delegated (放权, 赋权) from another, narrower or equal in every respect.</summary>
/// <param name="OccurredAt">When it was delegated.</param>
/// <param name="Right">The delegated right's id.</param>
/// <param name="DelegatedFrom">The right it was delegated from.</param>
/// <param name="Terms">What it confers.</param>
public sealed record GovernanceRightDelegated(Instant OccurredAt, GovernanceRightId Right, GovernanceRightId DelegatedFrom, RightTerms Terms)
    : DomainEvent(OccurredAt);
