using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>
/// A decision of a living community's self-governance (自治决议) was carried to the administrative side through
/// the residents' committee.
/// </summary>
/// <param name="OccurredAt">When it was submitted.</param>
/// <param name="Decision">The decision's id.</param>
/// <param name="From">The living community that took it.</param>
/// <param name="DecidedBy">The self-governing body that took it.</param>
/// <param name="DecidedOn">The day it was taken.</param>
/// <param name="Resolution">What was decided, in the body's words.</param>
/// <param name="Channel">The residents' committee that carries it up.</param>
[SanctionedCrossing("A self-governance decision reaching the administrative side is the sanctioned upward crossing.")]
public sealed record SelfGovernanceDecisionSubmitted(
    Instant OccurredAt,
    CrossingId Decision,
    LivingCommunityId From,
    SelfGoverningBody DecidedBy,
    LocalDate DecidedOn,
    string Resolution,
    ResidentsCommitteeChannel Channel) : DomainEvent(OccurredAt);

/// <summary>The administrative side acknowledged a self-governance decision, with its response.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Decision">The decision's id.</param>
/// <param name="By">The administrative actor that acknowledged it (a street office, a department…).</param>
/// <param name="Response">What it answered.</param>
[SanctionedCrossing("A self-governance decision reaching the administrative side is the sanctioned upward crossing.")]
public sealed record SelfGovernanceDecisionAcknowledged(Instant OccurredAt, CrossingId Decision, ActorId By, string Response) : DomainEvent(OccurredAt);
