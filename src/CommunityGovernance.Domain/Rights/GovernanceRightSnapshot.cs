using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>An immutable picture of a <see cref="GovernanceRight"/> tree, with value equality.</summary>
/// <param name="Id">The original right's id.</param>
/// <param name="LastChangedAt">The instant of the latest change.</param>
/// <param name="Rights">Every right of the tree, ordered by id.</param>
/// <param name="Integrations">The resource integrations, in the order they were concluded.</param>
public sealed record GovernanceRightSnapshot(
    GovernanceRightId Id,
    Instant LastChangedAt,
    EquatableArray<HeldRight> Rights,
    EquatableArray<ResourceIntegration> Integrations);
