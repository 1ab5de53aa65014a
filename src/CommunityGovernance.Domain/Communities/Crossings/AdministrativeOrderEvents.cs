using System.Text.Json.Serialization;
using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>
/// An administrative order or task sank into a living community (行政指令下沉, 任务下沉) through the residents'
/// committee.
/// </summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Order">The order's id.</param>
/// <param name="Issuer">Who issued it (a street office, a department, the district…).</param>
/// <param name="Power">The governance power under which it was issued.</param>
/// <param name="Channel">The residents' committee it went through.</param>
/// <param name="Target">The living community it sank into.</param>
/// <param name="Task">What the order asks, in the issuer's words.</param>
/// <param name="DueOn">The day by which it is to be done, if the order sets one.</param>
/// <param name="AuthorisedBy">The issuer's right that made it sink; <see langword="null"/> in orders stored before it was recorded.</param>
[SanctionedCrossing("An administrative order sinking into a living community is the sanctioned downward crossing.")]
public sealed record AdministrativeOrderSunk(
    Instant OccurredAt,
    CrossingId Order,
    ActorId Issuer,
    GovernancePower Power,
    ResidentsCommitteeChannel Channel,
    LivingCommunityId Target,
    string Task,
    LocalDate? DueOn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] GovernanceRightId? AuthorisedBy = null) : DomainEvent(OccurredAt);

/// <summary>The living community's own body accepted an administrative order.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Order">The order's id.</param>
/// <param name="By">The self-governing body that accepted it.</param>
[SanctionedCrossing("The living side's answer to an order is part of the sanctioned downward crossing.")]
public sealed record AdministrativeOrderAccepted(Instant OccurredAt, CrossingId Order, SelfGoverningBody By) : DomainEvent(OccurredAt);

/// <summary>The living community's own body declined an administrative order, with its reason.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Order">The order's id.</param>
/// <param name="By">The self-governing body that declined it.</param>
/// <param name="Reason">Why, in the body's words.</param>
[SanctionedCrossing("The living side's answer to an order is part of the sanctioned downward crossing.")]
public sealed record AdministrativeOrderDeclined(Instant OccurredAt, CrossingId Order, SelfGoverningBody By, string Reason) : DomainEvent(OccurredAt);
