using CommunityGovernance.Actors;
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

/// <summary>An actor joined a governance arrangement as a participant (多元主体之一).</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Arrangement">The arrangement.</param>
/// <param name="Participant">The actor.</param>
public sealed record ArrangementParticipantJoined(Instant OccurredAt, GovernanceArrangementId Arrangement, ActorId Participant)
    : DomainEvent(OccurredAt);

/// <summary>A participant used a governance tool (治理工具), holding every power it requires.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Arrangement">The arrangement.</param>
/// <param name="Actor">The participant.</param>
/// <param name="Tool">The tool.</param>
public sealed record GovernanceToolUsed(Instant OccurredAt, GovernanceArrangementId Arrangement, ActorId Actor, GovernanceTool Tool)
    : DomainEvent(OccurredAt);

/// <summary>A participant applied a governance technique (治理术): every one of its tools, at once.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Arrangement">The arrangement.</param>
/// <param name="Actor">The participant.</param>
/// <param name="Technique">The technique's name.</param>
/// <param name="Tools">The tools it applied, in order.</param>
public sealed record GovernanceTechniqueApplied(Instant OccurredAt, GovernanceArrangementId Arrangement, ActorId Actor, string Technique, EquatableArray<GovernanceTool> Tools)
    : DomainEvent(OccurredAt);
