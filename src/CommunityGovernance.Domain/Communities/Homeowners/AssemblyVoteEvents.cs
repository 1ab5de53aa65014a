using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// The homeowners' assembly (业主大会) opened a vote on one matter of Civil Code Article 278, with the roll of owners
/// counted from the ownership register as it stood, and the thresholds it will be decided by.
/// </summary>
/// <param name="OccurredAt">When it was opened.</param>
/// <param name="Vote">The vote's id.</param>
/// <param name="Community">The living community whose owners vote.</param>
/// <param name="Matter">The matter.</param>
/// <param name="Motion">What the owners are asked to agree to.</param>
/// <param name="OpensAt">The instant from which ballots are accepted.</param>
/// <param name="ClosesAt">The instant from which they no longer are.</param>
/// <param name="Thresholds">The thresholds: the Civil Code's or the rules of procedure's stricter ones.</param>
/// <param name="Electorate">The owners on the roll, each counted once (Interpretation Art. 9), in voter id order.</param>
[LivingSide]
public sealed record AssemblyVoteOpened(
    Instant OccurredAt,
    AssemblyVoteId Vote,
    LivingCommunityId Community,
    AssemblyMatter Matter,
    string Motion,
    Instant OpensAt,
    Instant ClosesAt,
    ProcedureThresholds Thresholds,
    EquatableArray<AssemblyElector> Electorate) : DomainEvent(OccurredAt);

/// <summary>An owner cast a ballot, or changed it (the last one before the close counts); the choice is personal data.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Vote">The vote's id.</param>
/// <param name="Owner">The owner, as on the roll.</param>
/// <param name="Choice">How the owner voted. Personal data.</param>
[LivingSide]
public sealed record BallotCast(
    Instant OccurredAt,
    AssemblyVoteId Vote,
    [property: DataSubject] ActorId Owner,
    [property: PersonalData] BallotChoice Choice) : DomainEvent(OccurredAt);

/// <summary>
/// A vote was closed and counted: its tally (areas, head counts, both ratios, the thresholds applied and the outcome)
/// is not personal data. A vote whose quorum was not met is recorded here too, as failed, with its numbers.
/// </summary>
/// <param name="OccurredAt">When it was closed.</param>
/// <param name="Vote">The vote's id.</param>
/// <param name="Tally">The count.</param>
[LivingSide]
public sealed record AssemblyVoteClosed(Instant OccurredAt, AssemblyVoteId Vote, AssemblyTally Tally) : DomainEvent(OccurredAt);
