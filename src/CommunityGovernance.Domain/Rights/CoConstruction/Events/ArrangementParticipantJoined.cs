using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>An actor joined a governance arrangement as a participant (多元主体之一).</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Arrangement">The arrangement.</param>
/// <param name="Participant">The actor.</param>
public sealed record ArrangementParticipantJoined(Instant OccurredAt, GovernanceArrangementId Arrangement, ActorId Participant)
    : DomainEvent(OccurredAt);
