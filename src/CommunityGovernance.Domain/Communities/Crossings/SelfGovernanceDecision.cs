using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>
/// A decision of a living community's self-governance reaching the administrative side (自治决议上达): the upward
/// crossing of the boundary. The living side's own body decides; the residents' committee carries the decision
/// up; an administrative actor acknowledges it with a response.
/// </summary>
[SanctionedCrossing("A self-governance decision reaching the administrative side is the sanctioned upward crossing.")]
public sealed class SelfGovernanceDecision : AggregateRoot, IEventSourced<SelfGovernanceDecision>
{

    private SelfGovernanceDecision()
    {
    }

    /// <summary>The decision's id.</summary>
    public CrossingId Id { get; private set; }

    /// <summary>The living community that took it.</summary>
    public LivingCommunityId From { get; private set; }

    /// <summary>The self-governing body that took it.</summary>
    public SelfGoverningBody DecidedBy { get; private set; }

    /// <summary>The day it was taken.</summary>
    public LocalDate DecidedOn { get; private set; }

    /// <summary>What was decided.</summary>
    public string Resolution { get; private set; } = string.Empty;

    /// <summary>The residents' committee that carries it up.</summary>
    public ResidentsCommitteeChannel Channel { get; private set; }

    /// <summary>The administrative actor that acknowledged it, once acknowledged.</summary>
    public ActorId? AcknowledgedBy { get; private set; }

    /// <summary>The administrative side's response, once acknowledged.</summary>
    public string? Response { get; private set; }

    /// <summary>Submits a self-governance decision to the administrative side through the residents' committee.</summary>
    /// <param name="id">The decision's id.</param>
    /// <param name="from">The living community that took it.</param>
    /// <param name="decidedBy">The self-governing body that took it.</param>
    /// <param name="decidedOn">The day it was taken.</param>
    /// <param name="resolution">What was decided.</param>
    /// <param name="channel">The residents' committee that carries it up: the committee of a community that covers <paramref name="from"/>.</param>
    /// <param name="coverage">The coverage, read to check that the channel's community covers <paramref name="from"/>.</param>
    /// <param name="at">When it is submitted.</param>
    /// <returns>The decision, with its <see cref="SelfGovernanceDecisionSubmitted"/> event pending.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// The deciding body is incomplete (<see cref="CommunityRules.CrossingNamesItsActors"/>), the channel is
    /// incomplete (<see cref="CommunityRules.CrossingGoesThroughChannel"/>) or its community does not cover the deciding
    /// living community (<see cref="CommunityRules.CrossingChannelCoversLivingCommunity"/>), an id or input is missing, or
    /// the resolution is blank.
    /// </exception>
    public static SelfGovernanceDecision Submit(
        CrossingId id,
        LivingCommunityId from,
        SelfGoverningBody decidedBy,
        LocalDate decidedOn,
        string resolution,
        ResidentsCommitteeChannel channel,
        ICoverageQuery coverage,
        Instant at)
    {
        Guard.Against.MissingId(id);
        Guard.Against.MissingId(from);
        CheckRule(new CrossingNamesItsActorRule("deciding self-governing body", decidedBy.IsComplete));
        CheckRule(new CrossingGoesThroughChannelRule(channel));
        var trimmed = Guard.Against.MissingText(resolution, maxLength: 2000);
        Guard.Against.MissingValue(coverage);
        CheckRule(new CrossingChannelCoversLivingCommunityRule(channel, from, coverage));
        var decision = new SelfGovernanceDecision();
        decision.RaiseEvent(new SelfGovernanceDecisionSubmitted(at, id, from, decidedBy, decidedOn, trimmed, channel));
        return decision;
    }

    /// <inheritdoc />
    public static string StreamKind => "self-governance-decision";

    /// <inheritdoc />
    public StreamName<SelfGovernanceDecision> Stream => StreamOf(Id);

    /// <summary>The stream of the self-governance decision with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The stream's name, <c>self-governance-decision/…</c>.</returns>
    public static StreamName<SelfGovernanceDecision> StreamOf(CrossingId id) => StreamName.For<SelfGovernanceDecision>(id.Value);

    /// <summary>Rebuilds a decision from its events.</summary>
    /// <param name="history">Its events, starting with <see cref="SelfGovernanceDecisionSubmitted"/>.</param>
    /// <returns>The decision, equal in state to the one that raised the events.</returns>
    /// <exception cref="DomainRuleViolationException">The history does not start with the submission or holds a foreign event.</exception>
    public static SelfGovernanceDecision FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<SelfGovernanceDecision, SelfGovernanceDecisionSubmitted>(new SelfGovernanceDecision(), history);

    /// <summary>The administrative side acknowledges the decision with its response.</summary>
    /// <param name="by">The administrative actor.</param>
    /// <param name="response">What it answers.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">The actor is missing, the response is blank, or the decision was already acknowledged.</exception>
    public void Acknowledge(ActorId by, string response, Instant at)
    {
        CheckRule(new CrossingNamesItsActorRule("acknowledging administrative actor", by.Value.Length != 0));
        CheckRule(new CrossingIsAnsweredOnceRule(Id, AcknowledgedBy is not null));
        var trimmed = Guard.Against.MissingText(response, maxLength: 2000);
        RaiseEvent(new SelfGovernanceDecisionAcknowledged(at, Id, by, trimmed));
    }

    /// <summary>An immutable picture of the decision.</summary>
    /// <returns>The snapshot.</returns>
    public SelfGovernanceDecisionSnapshot ToSnapshot() => new(Id, From, DecidedBy, DecidedOn, Resolution, Channel, AcknowledgedBy, Response);

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case SelfGovernanceDecisionSubmitted e:
                (Id, From, DecidedBy, DecidedOn) = (e.Decision, e.From, e.DecidedBy, e.DecidedOn);
                (Resolution, Channel) = (e.Resolution, e.Channel);
                break;
            case SelfGovernanceDecisionAcknowledged e:
                (AcknowledgedBy, Response) = (e.By, e.Response);
                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }
    }
}
