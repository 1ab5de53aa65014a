using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>An immutable picture of an <see cref="AdministrativeOrder"/>.</summary>
/// <param name="Id">The order's id.</param>
/// <param name="Issuer">Who issued it.</param>
/// <param name="Power">The power it was issued under.</param>
/// <param name="Channel">The residents' committee it went through.</param>
/// <param name="Target">The living community it sank into.</param>
/// <param name="Task">What it asks.</param>
/// <param name="DueOn">The day it is due, if set.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="AnsweredBy">The body that answered it, once answered.</param>
/// <param name="DeclineReason">Why it was declined, once declined.</param>
[SanctionedCrossing("An administrative order sinking into a living community is the sanctioned downward crossing.")]
public sealed record AdministrativeOrderSnapshot(
    CrossingId Id,
    ActorId Issuer,
    GovernancePower Power,
    ResidentsCommitteeChannel Channel,
    LivingCommunityId Target,
    string Task,
    LocalDate? DueOn,
    AdministrativeOrderStatus Status,
    SelfGoverningBody? AnsweredBy,
    string? DeclineReason);
