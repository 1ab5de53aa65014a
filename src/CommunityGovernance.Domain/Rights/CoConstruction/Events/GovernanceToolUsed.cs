using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>A participant used a governance tool (治理工具), holding every power it requires.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Arrangement">The arrangement.</param>
/// <param name="Actor">The participant.</param>
/// <param name="Tool">The tool.</param>
public sealed record GovernanceToolUsed(Instant OccurredAt, GovernanceArrangementId Arrangement, ActorId Actor, GovernanceTool Tool)
    : DomainEvent(OccurredAt);
