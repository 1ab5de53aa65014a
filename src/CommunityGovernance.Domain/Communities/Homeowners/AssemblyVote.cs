using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// A vote of the homeowners' assembly (业主大会表决) on one matter of Civil Code Article 278: opened and closed at given
/// instants, one ballot per owner on the roll (for, against, abstain) that the owner may change until the close, and
/// counted at the close into an <see cref="AssemblyTally"/> by area and by head.
/// </summary>
/// <remarks>
/// <para>
/// The roll is taken from the <see cref="OwnershipRegister"/> when the vote opens, counted by
/// <see cref="OwnerHeadcount"/> (Interpretation Art. 9): the developer votes once for every unit it holds, an owner of
/// several units once for all of them. Transfers recorded afterwards do not change an open vote's roll.
/// </para>
/// <para>
/// Ballots are personal data (a store encrypts each choice under its owner's key); the tally is not. A vote whose
/// quorum was not met is closed as <see cref="AssemblyOutcome.QuorumNotMet"/> with its numbers. An adopted vote
/// reaches the administrative side only through <see cref="AssemblyDecisionCrossing.Submit"/>.
/// </para>
/// </remarks>
[LivingSide]
public sealed class AssemblyVote : AggregateRoot, IEventSourced<AssemblyVote>
{
    private readonly Dictionary<ActorId, AssemblyElector> _electorate = [];
    private readonly Dictionary<ActorId, BallotChoice> _ballots = [];
    private ReadOnlyCollection<AssemblyElector>? _electorateView;

    private AssemblyVote()
    {
    }

    /// <summary>The vote's id.</summary>
    public AssemblyVoteId Id { get; private set; }

    /// <summary>The living community whose owners vote.</summary>
    public LivingCommunityId Community { get; private set; }

    /// <summary>The matter voted on.</summary>
    public AssemblyMatter Matter { get; private set; }

    /// <summary>What the owners are asked to agree to.</summary>
    public string Motion { get; private set; } = string.Empty;

    /// <summary>The instant from which ballots are accepted.</summary>
    public Instant OpensAt { get; private set; }

    /// <summary>The instant from which ballots are no longer accepted and the vote may be closed.</summary>
    public Instant ClosesAt { get; private set; }

    /// <summary>The thresholds the vote is decided by.</summary>
    public ProcedureThresholds Thresholds { get; private set; } = ProcedureThresholds.CivilCode;

    /// <summary>The owners on the roll, in voter id order.</summary>
    public IReadOnlyCollection<AssemblyElector> Electorate => _electorateView ??= new ReadOnlyCollection<AssemblyElector>([.. _electorate.Values.OrderBy(e => e.Voter)]);

    /// <summary>How many ballots stand (each owner's last one).</summary>
    public int BallotCount => _ballots.Count;

    /// <summary>The count, once the vote is closed.</summary>
    public AssemblyTally? Tally { get; private set; }

    /// <summary>Whether the vote has been closed and counted.</summary>
    public bool IsClosed => Tally is not null;

    /// <summary>Opens a vote of the assembly on one matter, taking the roll from the ownership register as it stands.</summary>
    /// <param name="id">The vote's id.</param>
    /// <param name="register">The living community's ownership register, read only.</param>
    /// <param name="matter">The matter, one of Art. 278's list.</param>
    /// <param name="motion">What the owners are asked to agree to.</param>
    /// <param name="opensAt">The instant from which ballots are accepted.</param>
    /// <param name="closesAt">The instant from which they no longer are.</param>
    /// <param name="thresholds">The Civil Code's thresholds (<see cref="ProcedureThresholds.CivilCode"/>) or the rules of procedure's stricter ones.</param>
    /// <param name="at">When the vote is opened (announced).</param>
    /// <returns>The vote, with its <see cref="AssemblyVoteOpened"/> event pending.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// The id, register, motion or thresholds are missing; the matter is not listed
    /// (<see cref="CommunityRules.AssemblyMatterIsListed"/>); the vote does not close after it opens
    /// (<see cref="CommunityRules.AssemblyVoteClosesAfterItOpens"/>); the register has no unit
    /// (<see cref="CommunityRules.AssemblyVoteHasElectorate"/>); or a threshold is looser than the Code's
    /// (<see cref="CommunityRules.ProcedureThresholdIsNotLooser"/>).
    /// </exception>
    public static AssemblyVote Open(
        AssemblyVoteId id,
        OwnershipRegister register,
        AssemblyMatter matter,
        string motion,
        Instant opensAt,
        Instant closesAt,
        ProcedureThresholds thresholds,
        Instant at)
    {
        Guard.Against.MissingId(id);
        Guard.Against.MissingValue(register);
        Guard.Against.UnknownValue(matter, CommunityRules.AssemblyMatterIsListed);
        var trimmed = Guard.Against.MissingText(motion, maxLength: 2000);
        Guard.Against.MissingValue(thresholds);
        CheckRule(new AssemblyVoteClosesAfterItOpensRule(opensAt, closesAt));
        CheckRule(new AssemblyVoteHasElectorateRule(register.Community, register.Units.Count));
        CheckRule(new ProcedureThresholdIsNotLooserRule(thresholds));
        var vote = new AssemblyVote();
        vote.RaiseEvent(new AssemblyVoteOpened(
            at, id, register.Community, matter, trimmed, opensAt, closesAt, thresholds, new EquatableArray<AssemblyElector>(OwnerHeadcount.ElectorateOf(register))));
        return vote;
    }

    /// <inheritdoc />
    public static string StreamKind => "assembly-vote";

    /// <inheritdoc />
    public StreamName<AssemblyVote> Stream => StreamOf(Community, Id);

    /// <summary>The stream of the vote <paramref name="id"/> of the living community <paramref name="community"/>.</summary>
    /// <param name="community">The living community.</param>
    /// <param name="id">The vote's id.</param>
    /// <returns>The stream's name, <c>assembly-vote/community/id</c>.</returns>
    public static StreamName<AssemblyVote> StreamOf(LivingCommunityId community, AssemblyVoteId id) => StreamName.For<AssemblyVote>(community.Value, id.Value);

    /// <summary>Rebuilds a vote from its events.</summary>
    /// <param name="history">Its events, starting with <see cref="AssemblyVoteOpened"/>.</param>
    /// <returns>The vote, equal in state to the one that raised the events.</returns>
    /// <exception cref="DomainRuleViolationException">The history does not start with the opening or holds a foreign event.</exception>
    public static AssemblyVote FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<AssemblyVote, AssemblyVoteOpened>(new AssemblyVote(), history);

    /// <summary>An owner on the roll casts a ballot, or changes the one cast before; the last one before the close counts.</summary>
    /// <param name="owner">The owner, as on the roll (the developer for the units it holds).</param>
    /// <param name="choice">How the owner votes. Personal data.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The choice is unknown (<see cref="CommunityRules.BallotChoiceIsKnown"/>), the owner is not on the roll
    /// (<see cref="CommunityRules.BallotIsCastByOwner"/>), or the vote is not open at <paramref name="at"/>
    /// (<see cref="CommunityRules.BallotIsCastWhileVoteIsOpen"/>).
    /// </exception>
    public void Cast(ActorId owner, [PersonalData] BallotChoice choice, Instant at)
    {
        Guard.Against.UnknownValue(choice, CommunityRules.BallotChoiceIsKnown);
        CheckRule(new BallotIsCastByOwnerRule(Id, _electorate.ContainsKey(owner)));
        CheckRule(new BallotIsCastWhileVoteIsOpenRule(Id, OpensAt, ClosesAt, IsClosed, at));
        RaiseEvent(new BallotCast(at, Id, owner, choice));
    }

    /// <summary>Closes the vote at or after its closing instant and counts the standing ballots.</summary>
    /// <param name="at">When.</param>
    /// <returns>The tally, also recorded on the <see cref="AssemblyVoteClosed"/> event.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// The vote was already closed (<see cref="CommunityRules.AssemblyVoteIsClosedOnce"/>) or its closing instant has
    /// not come (<see cref="CommunityRules.AssemblyVoteClosesAtItsInstant"/>).
    /// </exception>
    public AssemblyTally Close(Instant at)
    {
        CheckRule(new AssemblyVoteIsClosedOnceRule(Id, IsClosed));
        CheckRule(new AssemblyVoteClosesAtItsInstantRule(Id, ClosesAt, at));
        var tally = AssemblyTally.Count(Matter, Thresholds, _electorate.Values, _ballots);
        RaiseEvent(new AssemblyVoteClosed(at, Id, tally));
        return tally;
    }

    /// <summary>An immutable picture of the vote.</summary>
    /// <returns>The snapshot, electors and ballots in owner id order.</returns>
    public AssemblyVoteSnapshot ToSnapshot() => new(
        Id,
        Community,
        Matter,
        Motion,
        OpensAt,
        ClosesAt,
        Thresholds,
        new EquatableArray<AssemblyElector>(Electorate),
        new EquatableArray<Ballot>(_ballots.OrderBy(b => b.Key).Select(b => new Ballot(b.Key, b.Value))),
        Tally);

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case AssemblyVoteOpened e:
                (Id, Community, Matter, Motion) = (e.Vote, e.Community, e.Matter, e.Motion);
                (OpensAt, ClosesAt, Thresholds) = (e.OpensAt, e.ClosesAt, e.Thresholds);
                foreach (var elector in e.Electorate)
                {
                    _electorate[elector.Voter] = elector;
                }

                _electorateView = null;
                break;
            case BallotCast e:
                _ballots[e.Owner] = e.Choice;
                break;
            case AssemblyVoteClosed e:
                Tally = e.Tally;
                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }
    }
}
