using CommunityGovernance.Actors;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// A generated vote of the homeowners' assembly: an ownership register (units held by the developer, owners of one
/// unit and owners of several), a matter, thresholds (the Civil Code's or stricter ones), and the ballots cast in
/// order — some by people not on the roll, which the vote refuses, and some changing an owner's earlier ballot.
/// </summary>
/// <param name="Register">The ownership register, with every event still pending.</param>
/// <param name="Matter">The matter voted on.</param>
/// <param name="Thresholds">The thresholds the vote is opened with.</param>
/// <param name="Ballots">The ballots, in the order they are cast.</param>
public sealed record AssemblyScenario(OwnershipRegister Register, AssemblyMatter Matter, ProcedureThresholds Thresholds, IReadOnlyList<Ballot> Ballots)
{
    /// <summary>When the vote opens.</summary>
    public static Instant OpensAt { get; } = Instant.FromUtc(2025, 3, 1, 0, 0);

    /// <summary>When the vote closes.</summary>
    public static Instant ClosesAt { get; } = Instant.FromUtc(2025, 3, 15, 0, 0);

    /// <summary>Opens the vote, casts the ballots in the given order one minute apart (skipping refused ones), and closes it.</summary>
    /// <param name="ballots">The ballots to cast; <see cref="Ballots"/> when <see langword="null"/>.</param>
    /// <returns>The closed vote, with every event pending.</returns>
    public AssemblyVote Run(IEnumerable<Ballot>? ballots = null)
    {
        var vote = AssemblyVote.Open(new AssemblyVoteId("YZDH-GENERATED"), Register, Matter, "业主大会表决事项", OpensAt, ClosesAt, Thresholds, OpensAt);
        var at = OpensAt;
        foreach (var ballot in ballots ?? Ballots)
        {
            at += Duration.FromMinutes(1);
            try
            {
                vote.Cast(ballot.Owner, ballot.Choice, at);
            }
            catch (DomainRuleViolationException)
            {
                // Someone not on the roll: refused, and the vote goes on.
            }
        }

        vote.Close(ClosesAt);
        return vote;
    }

    /// <summary>The owners on the roll (each counted once, Interpretation Art. 9).</summary>
    public IReadOnlyList<AssemblyElector> Electorate => OwnerHeadcount.ElectorateOf(Register);

    /// <summary>Describes the scenario without personal data: unit count, matter, thresholds and ballot count.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"AssemblyScenario {{ Units = {Register.Units.Count}, Owners = {Electorate.Count}, Matter = {Matter}, Thresholds = {Thresholds}, Ballots = {Ballots.Count} }}";

    internal static ActorId Developer { get; } = new("DEV-GENERATED");
}
