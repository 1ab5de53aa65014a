using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>
/// An administrative order or task sinking into a living community (行政指令下沉): the downward crossing of the
/// boundary, explicit and auditable. It says who issued it, under which governance power, through which
/// residents' committee, into which living community, and how the living side's own body answered.
/// </summary>
/// <remarks>
/// The administrative side cannot order the living side directly: the order is only sunk, and the living
/// community's self-governing body accepts or declines it. An order without its power, issuer or channel is
/// refused before anything is recorded.
/// </remarks>
[SanctionedCrossing("An administrative order sinking into a living community is the sanctioned downward crossing.")]
public sealed class AdministrativeOrder : AggregateRoot, IEventSourced<AdministrativeOrder>
{

    private AdministrativeOrder()
    {
    }

    /// <summary>The order's id.</summary>
    public CrossingId Id { get; private set; }

    /// <summary>Who issued it.</summary>
    public ActorId Issuer { get; private set; }

    /// <summary>The governance power under which it was issued.</summary>
    public GovernancePower Power { get; private set; }

    /// <summary>The residents' committee it went through.</summary>
    public ResidentsCommitteeChannel Channel { get; private set; }

    /// <summary>The living community it sank into.</summary>
    public LivingCommunityId Target { get; private set; }

    /// <summary>What it asks.</summary>
    public string Task { get; private set; } = string.Empty;

    /// <summary>The day it is due, if the order sets one.</summary>
    public LocalDate? DueOn { get; private set; }

    /// <summary>Where it stands.</summary>
    public AdministrativeOrderStatus Status { get; private set; }

    /// <summary>Why the living side declined it, once declined.</summary>
    public string? DeclineReason { get; private set; }

    /// <summary>The body that answered it, once answered.</summary>
    public SelfGoverningBody? AnsweredBy { get; private set; }

    /// <summary>
    /// Sinks an order or task into a living community through its residents' committee. It sinks only if, at
    /// <paramref name="at"/>, the channel's administrative community covers the target (has one of its buildings in
    /// its jurisdiction) and the issuer holds the order's power over that community.
    /// </summary>
    /// <param name="id">The order's id.</param>
    /// <param name="issuer">Who issues it.</param>
    /// <param name="power">The governance power under which it is issued.</param>
    /// <param name="channel">The residents' committee it goes through.</param>
    /// <param name="target">The living community it sinks into.</param>
    /// <param name="task">What it asks.</param>
    /// <param name="dueOn">The day it is due, or <see langword="null"/>.</param>
    /// <param name="rights">The governance rights, read to check the issuer's power.</param>
    /// <param name="coverage">The coverage, read to check that the channel's community covers the target.</param>
    /// <param name="at">When.</param>
    /// <returns>The order, with its <see cref="AdministrativeOrderSunk"/> event pending; the event names the issuer's right.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// The power is not one of the four (<see cref="CommunityRules.OrderCarriesGovernancePower"/>), the channel is
    /// incomplete (<see cref="CommunityRules.CrossingGoesThroughChannel"/>), the issuer is missing
    /// (<see cref="CommunityRules.CrossingNamesItsActors"/>), the channel's community does not cover the target
    /// (<see cref="CommunityRules.CrossingChannelCoversLivingCommunity"/>), the issuer does not hold the power over it
    /// (<see cref="CommunityRules.OrderIssuerHoldsPower"/>, whose message says why and which committees could carry the
    /// order), an id or input is missing, or the task is blank.
    /// </exception>
    public static AdministrativeOrder Sink(
        CrossingId id,
        ActorId issuer,
        GovernancePower power,
        ResidentsCommitteeChannel channel,
        LivingCommunityId target,
        string task,
        LocalDate? dueOn,
        IGovernanceRightsQuery rights,
        ICoverageQuery coverage,
        Instant at)
    {
        Guard.Against.MissingId(id);
        CheckRule(new CrossingNamesItsActorRule("issuer", issuer.Value.Length != 0));
        CheckRule(new OrderCarriesGovernancePowerRule(power));
        CheckRule(new CrossingGoesThroughChannelRule(channel));
        Guard.Against.MissingId(target);
        var trimmed = Guard.Against.MissingText(task, maxLength: 2000);
        Guard.Against.MissingValue(rights);
        Guard.Against.MissingValue(coverage);
        CheckRule(new CrossingChannelCoversLivingCommunityRule(channel, target, coverage));
        var authority = OrderAuthority.Of(issuer, power, target, rights, coverage, at);
        CheckRule(new OrderIssuerHoldsPowerRule(authority, channel));
        var chain = authority.ExplainChannel(channel.Jurisdiction).Chain;
        var order = new AdministrativeOrder();
        order.RaiseEvent(new AdministrativeOrderSunk(at, id, issuer, power, channel, target, trimmed, dueOn, chain.Count == 0 ? null : chain[^1].Right));
        return order;
    }

    /// <summary>
    /// Whether <paramref name="issuer"/> may sink an order of <paramref name="power"/> into <paramref name="target"/> at
    /// <paramref name="at"/>, and through which residents' committees: true exactly when <see cref="Sink"/> would accept
    /// it through one of <see cref="OrderAuthority.Channels"/>, with the right that makes it so.
    /// </summary>
    /// <param name="issuer">Who would issue it.</param>
    /// <param name="power">The power it would carry.</param>
    /// <param name="target">The living community it would sink into.</param>
    /// <param name="rights">The governance rights.</param>
    /// <param name="coverage">The coverage.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The answer, per covering community.</returns>
    /// <exception cref="DomainRuleViolationException">An id or input is missing.</exception>
    public static OrderAuthority MaySink(ActorId issuer, GovernancePower power, LivingCommunityId target, IGovernanceRightsQuery rights, ICoverageQuery coverage, Instant at)
    {
        Guard.Against.MissingId(target);
        Guard.Against.MissingValue(rights);
        Guard.Against.MissingValue(coverage);
        return OrderAuthority.Of(issuer, power, target, rights, coverage, at);
    }

    /// <summary>The right of the issuer that made the order sink: the last of its justifying chain; <see langword="null"/> for orders stored before it was recorded.</summary>
    public GovernanceRightId? AuthorisedBy { get; private set; }

    /// <inheritdoc />
    public static string StreamKind => "administrative-order";

    /// <inheritdoc />
    public StreamName<AdministrativeOrder> Stream => StreamOf(Id);

    /// <summary>The stream of the administrative order with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The stream's name, <c>administrative-order/…</c>.</returns>
    public static StreamName<AdministrativeOrder> StreamOf(CrossingId id) => StreamName.For<AdministrativeOrder>(id.Value);

    /// <summary>Rebuilds an order from its events.</summary>
    /// <param name="history">Its events, starting with <see cref="AdministrativeOrderSunk"/>.</param>
    /// <returns>The order, equal in state to the one that raised the events.</returns>
    /// <exception cref="DomainRuleViolationException">The history does not start with the sinking or holds a foreign event.</exception>
    public static AdministrativeOrder FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<AdministrativeOrder, AdministrativeOrderSunk>(new AdministrativeOrder(), history);

    /// <summary>The living community's own body accepts the order.</summary>
    /// <param name="by">The self-governing body.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">The body is incomplete, or the order was already answered.</exception>
    public void Accept(SelfGoverningBody by, Instant at)
    {
        CheckRule(new CrossingNamesItsActorRule("answering self-governing body", by.IsComplete));
        CheckRule(new CrossingIsAnsweredOnceRule(Id, Status != AdministrativeOrderStatus.Sunk));
        RaiseEvent(new AdministrativeOrderAccepted(at, Id, by));
    }

    /// <summary>The living community's own body declines the order, giving its reason.</summary>
    /// <param name="by">The self-governing body.</param>
    /// <param name="reason">Why.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">The body is incomplete, the reason is blank, or the order was already answered.</exception>
    public void Decline(SelfGoverningBody by, string reason, Instant at)
    {
        CheckRule(new CrossingNamesItsActorRule("answering self-governing body", by.IsComplete));
        CheckRule(new CrossingIsAnsweredOnceRule(Id, Status != AdministrativeOrderStatus.Sunk));
        var trimmed = Guard.Against.MissingText(reason, maxLength: 2000);
        RaiseEvent(new AdministrativeOrderDeclined(at, Id, by, trimmed));
    }

    /// <summary>
    /// Whether the order is still unanswered after the day it was due, as seen today in <paramref name="zone"/>.
    /// An order without a due day is never overdue.
    /// </summary>
    /// <param name="clock">Where "now" comes from.</param>
    /// <param name="zone">The time zone whose calendar day counts, e.g. Asia/Shanghai.</param>
    /// <returns><see langword="true"/> when the order is unanswered and its due day has passed.</returns>
    /// <exception cref="DomainRuleViolationException">The clock or zone is missing.</exception>
    public bool IsOverdue(IClock clock, DateTimeZone zone)
    {
        Guard.Against.MissingValue(clock);
        Guard.Against.MissingValue(zone);
        return Status == AdministrativeOrderStatus.Sunk && DueOn is { } due && clock.GetCurrentInstant().InZone(zone).Date > due;
    }

    /// <summary>An immutable picture of the order.</summary>
    /// <returns>The snapshot.</returns>
    public AdministrativeOrderSnapshot ToSnapshot() => new(Id, Issuer, Power, Channel, Target, Task, DueOn, Status, AnsweredBy, DeclineReason);

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case AdministrativeOrderSunk e:
                (Id, Issuer, Power, Channel, Target) = (e.Order, e.Issuer, e.Power, e.Channel, e.Target);
                (Task, DueOn, Status, AuthorisedBy) = (e.Task, e.DueOn, AdministrativeOrderStatus.Sunk, e.AuthorisedBy);
                break;
            case AdministrativeOrderAccepted e:
                (Status, AnsweredBy) = (AdministrativeOrderStatus.Accepted, e.By);
                break;
            case AdministrativeOrderDeclined e:
                (Status, AnsweredBy, DeclineReason) = (AdministrativeOrderStatus.Declined, e.By, e.Reason);
                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }
    }
}
