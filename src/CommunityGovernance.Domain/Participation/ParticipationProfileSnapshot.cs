using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Participation;

/// <summary>
/// An immutable copy of a <see cref="ParticipationProfile"/>'s state, with value equality: a rebuilt profile's
/// snapshot equals the live one's, and a rejected command leaves it unchanged.
/// </summary>
/// <param name="Actor">The actor.</param>
/// <param name="Community">The community.</param>
/// <param name="Scores">The current scores.</param>
/// <param name="Evidence">The evidence, in the order recorded.</param>
public sealed record ParticipationProfileSnapshot(ActorId Actor, CommunityUnit Community, ParticipationScores Scores, EquatableArray<ParticipationEvidence> Evidence);
