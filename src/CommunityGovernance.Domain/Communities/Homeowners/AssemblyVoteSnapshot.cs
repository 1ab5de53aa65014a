using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>An immutable picture of an <see cref="AssemblyVote"/>.</summary>
/// <param name="Id">The vote's id.</param>
/// <param name="Community">The living community whose owners vote.</param>
/// <param name="Matter">The matter.</param>
/// <param name="Motion">What the owners are asked to agree to.</param>
/// <param name="OpensAt">From when ballots are accepted.</param>
/// <param name="ClosesAt">From when they no longer are.</param>
/// <param name="Thresholds">The thresholds applied.</param>
/// <param name="Electorate">The roll, in voter id order.</param>
/// <param name="Ballots">The standing ballots, in owner id order. Personal data.</param>
/// <param name="Tally">The count, once closed.</param>
[LivingSide]
public sealed record AssemblyVoteSnapshot(
    AssemblyVoteId Id,
    LivingCommunityId Community,
    AssemblyMatter Matter,
    string Motion,
    Instant OpensAt,
    Instant ClosesAt,
    ProcedureThresholds Thresholds,
    EquatableArray<AssemblyElector> Electorate,
    EquatableArray<Ballot> Ballots,
    AssemblyTally? Tally);
