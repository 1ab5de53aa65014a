using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// Resources from an enterprise or a social organisation were integrated (资源整合) into a market-and-social right,
/// expanding what its holder may allocate by the contribution.
/// </summary>
/// <param name="OccurredAt">When the integration was concluded.</param>
/// <param name="Right">The right whose allowance grew.</param>
/// <param name="Integration">The partner and the contribution.</param>
public sealed record ResourcesIntegrated(Instant OccurredAt, GovernanceRightId Right, ResourceIntegration Integration)
    : DomainEvent(OccurredAt);
