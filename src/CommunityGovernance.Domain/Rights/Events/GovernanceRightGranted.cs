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
