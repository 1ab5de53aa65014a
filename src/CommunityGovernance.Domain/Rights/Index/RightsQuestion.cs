using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// One question for <see cref="IGovernanceRightsQuery.MayExercise(ReadOnlySpan{RightsQuestion}, Span{bool})"/>: may
/// <paramref name="Actor"/> exercise <paramref name="Power"/> over <paramref name="Unit"/> at <paramref name="At"/>?
/// </summary>
/// <param name="Actor">The actor.</param>
/// <param name="Power">The power; an unknown power is never held.</param>
/// <param name="Unit">The unit.</param>
/// <param name="At">The instant.</param>
public readonly record struct RightsQuestion(ActorId Actor, GovernancePower Power, CommunityUnit Unit, Instant At);
