using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Participation;

/// <summary>A participation profile was opened for an actor in a community.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Community">The community.</param>
/// <param name="OccurredAt">When.</param>
[LivingSide]
public sealed record ParticipationProfileOpened(ActorId Actor, CommunityUnit Community, Instant OccurredAt) : DomainEvent(OccurredAt);

/// <summary>A piece of participation evidence was recorded on a profile.</summary>
/// <param name="Actor">The profile's actor.</param>
/// <param name="Community">The profile's community.</param>
/// <param name="Evidence">The evidence.</param>
/// <param name="OccurredAt">When it was recorded.</param>
[LivingSide]
public sealed record ParticipationEvidenceRecorded(ActorId Actor, CommunityUnit Community, ParticipationEvidence Evidence, Instant OccurredAt) : DomainEvent(OccurredAt);

/// <summary>A piece of participation evidence was retracted from a profile, e.g. because it was recorded in error.</summary>
/// <param name="Actor">The profile's actor.</param>
/// <param name="Community">The profile's community.</param>
/// <param name="Reference">The retracted evidence's reference.</param>
/// <param name="Reason">Why.</param>
/// <param name="OccurredAt">When.</param>
[LivingSide]
public sealed record ParticipationEvidenceRetracted(ActorId Actor, CommunityUnit Community, string Reference, string Reason, Instant OccurredAt) : DomainEvent(OccurredAt);
