using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Participation;

/// <summary>
/// How one actor takes part (参与) in one community: willingness (参与意愿), action (参与行动) and capability
/// (参与能力), each derived from recorded evidence by <see cref="ParticipationScoring"/>, and whether the three
/// together make a complete participation experience.
/// </summary>
/// <remarks>
/// The profile changes over time as evidence is recorded or retracted; <see cref="ScoresOn"/> reads it as it
/// stood on a past day. It is living-side data: it describes a person's behaviour in their community.
/// </remarks>
[LivingSide]
public sealed class ParticipationProfile : AggregateRoot, IEventSourced<ParticipationProfile>
{
    /// <summary>The longest retraction reason accepted.</summary>
    public const int MaxReasonLength = 500;

    private readonly List<ParticipationEvidence> _evidence = [];
    private ReadOnlyCollection<ParticipationEvidence>? _evidenceView;

    private ParticipationProfile()
    {
    }

    /// <summary>The actor who participates.</summary>
    public ActorId Actor { get; private set; }

    /// <summary>The community participated in.</summary>
    public CommunityUnit Community { get; private set; }

    /// <summary>The evidence recorded and not retracted, in the order recorded.</summary>
    public IReadOnlyList<ParticipationEvidence> Evidence => _evidenceView ??= _evidence.AsReadOnly();

    /// <summary>The current scores.</summary>
    public ParticipationScores Scores { get; private set; }

    /// <summary>Whether the actor currently has a complete participation experience.</summary>
    public bool IsComplete => Scores.IsComplete;

    /// <summary>Opens a profile for an actor in a community.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="community">The community.</param>
    /// <param name="directory">What exists: the actor must be registered and the community established at <paramref name="at"/>.</param>
    /// <param name="at">When.</param>
    /// <returns>The profile, with one pending <see cref="ParticipationProfileOpened"/> event.</returns>
    /// <exception cref="DomainRuleViolationException">An id is the default value.</exception>
    public static ParticipationProfile Open(ActorId actor, CommunityUnit community, ICommunityDirectory directory, Instant at)
    {
        Guard.Against.MissingId(actor);
        Guard.Against.MissingUnit(community);
        Guard.Against.MissingValue(directory);
        CheckRule(new ActorIsRegisteredRule(directory, actor, "the participant", at));
        CheckRule(new UnitIsEstablishedRule(directory, community, "the profile's community", at));
        var profile = new ParticipationProfile();
        profile.RaiseEvent(new ParticipationProfileOpened(actor, community, at));
        return profile;
    }

    /// <inheritdoc />
    public static string StreamKind => "participation-profile";

    /// <inheritdoc />
    public StreamName<ParticipationProfile> Stream => StreamOf(Actor, Community);

    /// <summary>The stream of <paramref name="actor"/>'s profile in <paramref name="community"/>.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="community">The community.</param>
    /// <returns>The stream's name, <c>participation-profile/actor/side:unit</c>.</returns>
    public static StreamName<ParticipationProfile> StreamOf(ActorId actor, CommunityUnit community) =>
        StreamName.For<ParticipationProfile>(actor.Value, CommunityUnitJsonConverter.Text(community));

    /// <summary>Rebuilds a profile from its events.</summary>
    /// <param name="history">The profile's events, oldest first, starting with <see cref="ParticipationProfileOpened"/>.</param>
    /// <returns>The profile, with no pending events.</returns>
    public static ParticipationProfile FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<ParticipationProfile, ParticipationProfileOpened>(new ParticipationProfile(), history);

    /// <summary>Records a piece of evidence from this profile's community.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <param name="at">When it is recorded.</param>
    /// <exception cref="DomainRuleViolationException">The evidence is missing, from another community, or its reference is already recorded.</exception>
    public void Record(ParticipationEvidence evidence, Instant at)
    {
        Guard.Against.MissingValue(evidence);
        CheckRule(new EvidenceFromProfileCommunityRule(Community, evidence));
        CheckRule(new EvidenceIsNotDuplicatedRule(_evidence, evidence.Reference));
        RaiseEvent(new ParticipationEvidenceRecorded(Actor, Community, evidence, at));
    }

    /// <summary>Retracts a piece of evidence recorded in error.</summary>
    /// <param name="reference">The evidence's reference.</param>
    /// <param name="reason">Why it is retracted.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">A text is missing, or no such evidence is recorded.</exception>
    public void Retract(string reference, string reason, Instant at)
    {
        var trimmedReference = Guard.Against.MissingText(reference, ParticipationEvidence.MaxReferenceLength);
        var trimmedReason = Guard.Against.MissingText(reason, MaxReasonLength);
        CheckRule(new EvidenceToRetractIsRecordedRule(_evidence, trimmedReference));
        RaiseEvent(new ParticipationEvidenceRetracted(Actor, Community, trimmedReference, trimmedReason, at));
    }

    /// <summary>The scores as they stood on a day: from the evidence that had happened by then.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The scores.</returns>
    public ParticipationScores ScoresOn(LocalDate day) => ParticipationScoring.Score(_evidence.Where(e => e.OccurredOn <= day));

    /// <summary>An immutable copy of the state, with value equality.</summary>
    /// <returns>The snapshot.</returns>
    public ParticipationProfileSnapshot ToSnapshot() => new(Actor, Community, Scores, new EquatableArray<ParticipationEvidence>(_evidence));

    /// <summary>The actor, community and scores.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Participation of {Actor} in {Community}: {Scores}";

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case ParticipationProfileOpened e:
                (Actor, Community) = (e.Actor, e.Community);
                break;
            case ParticipationEvidenceRecorded e:
                _evidence.Add(e.Evidence);
                break;
            case ParticipationEvidenceRetracted e:
                _evidence.RemoveAll(x => string.Equals(x.Reference, e.Reference, StringComparison.Ordinal));
                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }

        Scores = ParticipationScoring.Score(_evidence);
    }
}
