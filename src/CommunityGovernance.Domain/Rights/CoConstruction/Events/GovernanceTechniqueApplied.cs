using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>A participant applied a governance technique (治理术): every one of its tools, at once.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Arrangement">The arrangement.</param>
/// <param name="Actor">The participant.</param>
/// <param name="Technique">The technique's name.</param>
/// <param name="Tools">The tools it applied, in order.</param>
public sealed record GovernanceTechniqueApplied(Instant OccurredAt, GovernanceArrangementId Arrangement, ActorId Actor, string Technique, EquatableArray<GovernanceTool> Tools)
    : DomainEvent(OccurredAt);
