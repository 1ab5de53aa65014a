using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using NodaTime;

namespace CommunityGovernance.Demands;

/// <summary>One escalation of an overdue stage to the supervising level (督办): community → street → district.</summary>
/// <param name="By">The actor escalating it.</param>
/// <param name="Stage">The overdue stage.</param>
/// <param name="To">The level now supervising: <see cref="AdministrativeLevel.Street"/>, then <see cref="AdministrativeLevel.District"/>.</param>
/// <param name="Note">Why, possibly empty.</param>
/// <param name="At">When.</param>
public sealed record DemandEscalation(ActorId By, DemandStage Stage, AdministrativeLevel To, string Note, Instant At);
