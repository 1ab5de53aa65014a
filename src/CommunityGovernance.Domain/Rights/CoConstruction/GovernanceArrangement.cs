using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// A governance arrangement (治理安排) for one community: the actors that take part in governing it together and
/// the governance tools (治理工具) and techniques (治理术) they use. A tool is used only by a participant holding
/// the powers it requires; <see cref="CoSharing(IGovernanceRightsQuery, Instant)"/> reports which participants hold no right at all (共建共享).
/// </summary>
/// <remarks>
/// Rights are read through an <see cref="IGovernanceRightsQuery"/> (usually a <see cref="GovernanceRightsIndex"/>)
/// over the arrangement's community: over a living community only rights scoped to it count, never administrative
/// rights over the administrative community that covers it.
/// </remarks>
public sealed class GovernanceArrangement : AggregateRoot, IEventSourced<GovernanceArrangement>
{
    private readonly SortedSet<ActorId> _participants = [];
    private ReadOnlySet<ActorId>? _participantsView;
    private readonly List<ToolUse> _toolUses = [];
    private ReadOnlyCollection<ToolUse>? _toolUsesView;

    private GovernanceArrangement()
    {
    }

    /// <summary>The arrangement's id.</summary>
    public GovernanceArrangementId Id { get; private set; }

    /// <summary>The community it governs.</summary>
    public CommunityUnit Community { get; private set; }

    /// <summary>The participating actors, ordered by id.</summary>
    public IReadOnlyCollection<ActorId> Participants => _participantsView ??= new ReadOnlySet<ActorId>(_participants);

    /// <summary>Every use of a tool, in the order used.</summary>
    public IReadOnlyList<ToolUse> ToolUses => _toolUsesView ??= _toolUses.AsReadOnly();

    /// <summary>Makes an arrangement for a community.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="community">The community: an administrative unit or a living community.</param>
    /// <param name="directory">What exists: the community must be established at <paramref name="at"/>.</param>
    /// <param name="at">When.</param>
    /// <returns>The arrangement, with a pending <see cref="GovernanceArrangementMade"/>.</returns>
    /// <exception cref="DomainRuleViolationException">The id or community is missing.</exception>
    public static GovernanceArrangement Make(GovernanceArrangementId id, CommunityUnit community, ICommunityDirectory directory, Instant at)
    {
        Guard.Against.MissingId(id);
        Guard.Against.DefaultValue(community);
        Guard.Against.MissingValue(directory);
        CheckRule(new UnitIsEstablishedRule(directory, community, "the arrangement's community", at));

        var arrangement = new GovernanceArrangement();
        arrangement.RaiseEvent(new GovernanceArrangementMade(at, id, community));
        return arrangement;
    }

    /// <inheritdoc />
    public static string StreamKind => "governance-arrangement";

    /// <inheritdoc />
    public StreamName<GovernanceArrangement> Stream => StreamOf(Id);

    /// <summary>The stream of the governance arrangement with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The stream's name, <c>governance-arrangement/…</c>.</returns>
    public static StreamName<GovernanceArrangement> StreamOf(GovernanceArrangementId id) => StreamName.For<GovernanceArrangement>(id.Value);

    /// <summary>Rebuilds the arrangement from its events.</summary>
    /// <param name="history">The events, in order, starting with <see cref="GovernanceArrangementMade"/>.</param>
    /// <returns>The arrangement.</returns>
    public static GovernanceArrangement FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<GovernanceArrangement, GovernanceArrangementMade>(new GovernanceArrangement(), history);

    /// <summary>Adds a participating actor.</summary>
    /// <param name="participant">The actor.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">The actor is missing or already takes part.</exception>
    public void Join(ActorId participant, Instant at)
    {
        Guard.Against.MissingId(participant);
        CheckRule(new ArrangementParticipantIsNewRule(participant, _participants.Contains(participant)));

        RaiseEvent(new ArrangementParticipantJoined(at, Id, participant));
    }

    /// <summary>Uses a governance tool, which the actor may only if it holds every power the tool requires over the community.</summary>
    /// <param name="actor">A participant.</param>
    /// <param name="tool">The tool.</param>
    /// <param name="rights">Where the actor's rights are looked up.</param>
    /// <param name="at">When; the rights must be live then.</param>
    /// <exception cref="DomainRuleViolationException">The actor does not take part, the tool is unknown, or a required power is missing.</exception>
    public void UseTool(ActorId actor, GovernanceTool tool, IGovernanceRightsQuery rights, Instant at)
    {
        Guard.Against.MissingValue(rights);
        RequireParticipant(actor);
        var required = GovernanceToolCatalogue.RequiredPowers(tool);
        CheckRule(new ToolUserHoldsRequiredPowersRule(rights.PowersOver(actor, Community, at), required, tool.ToString()));

        RaiseEvent(new GovernanceToolUsed(at, Id, actor, tool));
    }

    /// <summary>Applies a governance technique: every one of its tools, which the actor may only if it holds all their powers.</summary>
    /// <param name="actor">A participant.</param>
    /// <param name="technique">The technique.</param>
    /// <param name="rights">Where the actor's rights are looked up.</param>
    /// <param name="at">When; the rights must be live then.</param>
    /// <exception cref="DomainRuleViolationException">The actor does not take part, or a power some tool requires is missing.</exception>
    public void ApplyTechnique(ActorId actor, GovernanceTechnique technique, IGovernanceRightsQuery rights, Instant at)
    {
        Guard.Against.MissingValue(technique);
        Guard.Against.MissingValue(rights);
        RequireParticipant(actor);
        CheckRule(new ToolUserHoldsRequiredPowersRule(rights.PowersOver(actor, Community, at), technique.RequiredPowers, "the technique"));

        RaiseEvent(new GovernanceTechniqueApplied(at, Id, actor, technique.Name, technique.Tools));
    }

    /// <summary>Reports, for co-construction and co-sharing (共建共享), which participants hold no right at all over the community.</summary>
    /// <param name="rights">Where the participants' rights are looked up.</param>
    /// <param name="at">The instant asked about.</param>
    /// <returns>The participants with and without rights.</returns>
    public CoSharingReport CoSharing(IGovernanceRightsQuery rights, Instant at)
    {
        Guard.Against.MissingValue(rights);
        var with = new List<ActorId>();
        var without = new List<ActorId>();
        foreach (var participant in _participants)
        {
            (rights.PowersOver(participant, Community, at).IsEmpty ? without : with).Add(participant);
        }

        return new CoSharingReport(new EquatableArray<ActorId>(with), new EquatableArray<ActorId>(without));
    }

    /// <summary>Reports co-sharing as of the clock's current instant.</summary>
    /// <param name="rights">Where the participants' rights are looked up.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The participants with and without rights.</returns>
    public CoSharingReport CoSharing(IGovernanceRightsQuery rights, IClock clock) =>
        CoSharing(rights, Guard.Against.MissingValue(clock).GetCurrentInstant());

    /// <summary>An immutable picture of the arrangement, equal for two arrangements with the same history.</summary>
    /// <returns>The snapshot.</returns>
    public GovernanceArrangementSnapshot ToSnapshot() =>
        new(Id, Community, new EquatableArray<ActorId>(_participants), new EquatableArray<ToolUse>(_toolUses));

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case GovernanceArrangementMade made:
                Id = made.Arrangement;
                Community = made.Community;
                break;
            case ArrangementParticipantJoined joined:
                _participants.Add(joined.Participant);
                break;
            case GovernanceToolUsed used:
                _toolUses.Add(new ToolUse(used.Actor, used.Tool, used.OccurredAt, null));
                break;
            case GovernanceTechniqueApplied applied:
                foreach (var tool in applied.Tools)
                {
                    _toolUses.Add(new ToolUse(applied.Actor, tool, applied.OccurredAt, applied.Technique));
                }

                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }
    }

    private void RequireParticipant(ActorId actor)
    {
        Guard.Against.MissingId(actor);
        CheckRule(new ToolUserTakesPartRule(actor, _participants.Contains(actor)));
    }
}
