using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using NodaTime;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>An immutable picture of a <see cref="SelfGovernanceDecision"/>.</summary>
/// <param name="Id">The decision's id.</param>
/// <param name="From">The living community that took it.</param>
/// <param name="DecidedBy">The body that took it.</param>
/// <param name="DecidedOn">The day it was taken.</param>
/// <param name="Resolution">What was decided.</param>
/// <param name="Channel">The committee that carries it up.</param>
/// <param name="AcknowledgedBy">The administrative actor that acknowledged it, once acknowledged.</param>
/// <param name="Response">The response, once acknowledged.</param>
[SanctionedCrossing("A self-governance decision reaching the administrative side is the sanctioned upward crossing.")]
public sealed record SelfGovernanceDecisionSnapshot(
    CrossingId Id,
    LivingCommunityId From,
    SelfGoverningBody DecidedBy,
    LocalDate DecidedOn,
    string Resolution,
    ResidentsCommitteeChannel Channel,
    ActorId? AcknowledgedBy,
    string? Response);
