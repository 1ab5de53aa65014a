using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// The count of a closed vote of the homeowners' assembly (表决结果): area and head counts by choice, the two
/// participation ratios and the two agreement ratios, the thresholds applied and the outcome. Numbers only: no
/// ballot and no owner appears in a tally.
/// </summary>
/// <remarks>
/// <para>
/// Participation is measured against the whole exclusive area and all owners; agreement against the participating
/// area and owners (an abstention takes part and does not agree). Every ratio is an <see cref="ExactRatio"/> and every
/// comparison exact. The outcome is derived, never stored apart from the numbers: quorum by
/// <see cref="CommunityRules.AssemblyParticipationReachesQuorum"/>, then agreement by
/// <see cref="CommunityRules.AssemblyResolutionReachesMajority"/>.
/// </para>
/// <para>Two tallies are equal when their numbers, matter and thresholds are equal.</para>
/// </remarks>
[LivingSide]
public sealed record AssemblyTally
{
    /// <summary>A tally from its numbers.</summary>
    /// <param name="matter">The matter voted on.</param>
    /// <param name="totalArea">The whole exclusive area of the roll.</param>
    /// <param name="totalOwners">The number of owners on the roll (Interpretation Art. 9).</param>
    /// <param name="forArea">The area of the owners who agreed.</param>
    /// <param name="forOwners">How many owners agreed.</param>
    /// <param name="againstArea">The area of the owners who voted against.</param>
    /// <param name="againstOwners">How many owners voted against.</param>
    /// <param name="abstainArea">The area of the owners who abstained.</param>
    /// <param name="abstainOwners">How many owners abstained.</param>
    /// <param name="participationThreshold">The participation threshold applied.</param>
    /// <param name="majorityThreshold">The agreement threshold applied, the matter's.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The matter is not listed (<see cref="CommunityRules.AssemblyMatterIsListed"/>), or the numbers do not add up:
    /// an empty roll, a negative count, more participants than the roll, or a missing threshold
    /// (<see cref="CommunityRules.AssemblyTallyAddsUp"/>).
    /// </exception>
    public AssemblyTally(
        AssemblyMatter matter,
        FloorArea totalArea,
        int totalOwners,
        FloorArea forArea,
        int forOwners,
        FloorArea againstArea,
        int againstOwners,
        FloorArea abstainArea,
        int abstainOwners,
        AssemblyThreshold participationThreshold,
        AssemblyThreshold majorityThreshold)
    {
        _ = matter.Article278Item();
        var participatingArea = forArea.Hundredths + againstArea.Hundredths + abstainArea.Hundredths;
        var participatingOwners = (long)forOwners + againstOwners + abstainOwners;
        if (totalOwners <= 0 || totalArea <= FloorArea.Zero || forOwners < 0 || againstOwners < 0 || abstainOwners < 0 ||
            participatingArea > totalArea.Hundredths || participatingOwners > totalOwners ||
            participationThreshold.IsDefault || majorityThreshold.IsDefault)
        {
            throw new DomainRuleViolationException(CommunityRules.AssemblyTallyAddsUp, "A tally counts a non-empty roll, and its for, against and abstaining parts add up to no more than the roll, under two thresholds.");
        }

        (Matter, TotalArea, TotalOwners) = (matter, totalArea, totalOwners);
        (ForArea, ForOwners, AgainstArea, AgainstOwners, AbstainArea, AbstainOwners) = (forArea, forOwners, againstArea, againstOwners, abstainArea, abstainOwners);
        (ParticipationThreshold, MajorityThreshold) = (participationThreshold, majorityThreshold);
    }

    /// <summary>The matter voted on.</summary>
    public AssemblyMatter Matter { get; }

    /// <summary>The whole exclusive area of the roll.</summary>
    public FloorArea TotalArea { get; }

    /// <summary>The number of owners on the roll, counted as Interpretation Art. 9 counts them.</summary>
    public int TotalOwners { get; }

    /// <summary>The area of the owners who agreed.</summary>
    public FloorArea ForArea { get; }

    /// <summary>How many owners agreed.</summary>
    public int ForOwners { get; }

    /// <summary>The area of the owners who voted against.</summary>
    public FloorArea AgainstArea { get; }

    /// <summary>How many owners voted against.</summary>
    public int AgainstOwners { get; }

    /// <summary>The area of the owners who abstained.</summary>
    public FloorArea AbstainArea { get; }

    /// <summary>How many owners abstained.</summary>
    public int AbstainOwners { get; }

    /// <summary>The participation threshold applied, to area and owners alike.</summary>
    public AssemblyThreshold ParticipationThreshold { get; }

    /// <summary>The agreement threshold applied, to the participating area and owners alike.</summary>
    public AssemblyThreshold MajorityThreshold { get; }

    /// <summary>The area of the owners who took part (for, against or abstaining).</summary>
    [JsonIgnore]
    public FloorArea ParticipatingArea => ForArea + AgainstArea + AbstainArea;

    /// <summary>How many owners took part.</summary>
    [JsonIgnore]
    public int ParticipatingOwners => ForOwners + AgainstOwners + AbstainOwners;

    /// <summary>The participating area over the whole exclusive area.</summary>
    [JsonIgnore]
    public ExactRatio ParticipationAreaRatio => ExactRatio.Of(ParticipatingArea.Hundredths, TotalArea.Hundredths);

    /// <summary>The participating owners over all owners.</summary>
    [JsonIgnore]
    public ExactRatio ParticipationOwnerRatio => ExactRatio.Of(ParticipatingOwners, TotalOwners);

    /// <summary>The agreeing area over the participating area (0/1 when no one took part).</summary>
    [JsonIgnore]
    public ExactRatio AgreementAreaRatio => ExactRatio.Of(ForArea.Hundredths, ParticipatingArea.Hundredths);

    /// <summary>The agreeing owners over the participating owners (0/1 when no one took part).</summary>
    [JsonIgnore]
    public ExactRatio AgreementOwnerRatio => ExactRatio.Of(ForOwners, ParticipatingOwners);

    /// <summary>Whether the matter needed the special majority of Art. 278's items 6 to 8.</summary>
    [JsonIgnore]
    public bool IsSpecialMajority => Matter.NeedsSpecialMajority();

    /// <summary>
    /// What the vote came to: <see cref="AssemblyOutcome.QuorumNotMet"/> unless both participation ratios meet the
    /// participation threshold; then <see cref="AssemblyOutcome.Adopted"/> exactly when both agreement ratios meet
    /// the majority threshold.
    /// </summary>
    public AssemblyOutcome Outcome =>
        new AssemblyParticipationReachesQuorumRule(this).IsBroken() ? AssemblyOutcome.QuorumNotMet
        : new AssemblyResolutionReachesMajorityRule(this).IsBroken() ? AssemblyOutcome.Rejected
        : AssemblyOutcome.Adopted;

    /// <summary>Counts the ballots standing at the close against the roll.</summary>
    internal static AssemblyTally Count(AssemblyMatter matter, ProcedureThresholds thresholds, IEnumerable<AssemblyElector> electorate, IReadOnlyDictionary<Actors.ActorId, BallotChoice> ballots)
    {
        var (total, owners) = (FloorArea.Zero, 0);
        var area = new FloorArea[4];
        var heads = new int[4];
        foreach (var elector in electorate)
        {
            total += elector.Area;
            owners++;
            if (ballots.TryGetValue(elector.Voter, out var choice))
            {
                area[(int)choice] += elector.Area;
                heads[(int)choice]++;
            }
        }

        return new AssemblyTally(
            matter,
            total,
            owners,
            area[(int)BallotChoice.For],
            heads[(int)BallotChoice.For],
            area[(int)BallotChoice.Against],
            heads[(int)BallotChoice.Against],
            area[(int)BallotChoice.Abstain],
            heads[(int)BallotChoice.Abstain],
            thresholds.Participation,
            thresholds.MajorityFor(matter));
    }

    /// <summary>The tally in words and numbers, e.g. for a notice (公告); it names no owner and no ballot.</summary>
    /// <returns>The text, invariant.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        var quorum = !new AssemblyParticipationReachesQuorumRule(this).IsBroken();
        var majority = !new AssemblyResolutionReachesMajorityRule(this).IsBroken();
        text.Append(CultureInfo.InvariantCulture, $"Civil Code Art. 278 item {Matter.Article278Item()} ({Matter}): {Outcome}. ");
        text.Append(CultureInfo.InvariantCulture, $"Participation {ParticipationThreshold} of area and owners: area {ParticipatingArea} of {TotalArea} m² = {ParticipationAreaRatio}, owners {ParticipatingOwners} of {TotalOwners} = {ParticipationOwnerRatio} — {(quorum ? "met" : "not met")}. ");
        text.Append(CultureInfo.InvariantCulture, $"Agreement {MajorityThreshold} of participating area and owners ({(IsSpecialMajority ? "special majority, items 6-8" : "ordinary majority")}): area {ForArea} of {ParticipatingArea} m² = {AgreementAreaRatio}, owners {ForOwners} of {ParticipatingOwners} = {AgreementOwnerRatio} — {(majority ? "met" : "not met")}. ");
        text.Append(CultureInfo.InvariantCulture, $"Against: {AgainstArea} m², {AgainstOwners} owners; abstaining: {AbstainArea} m², {AbstainOwners} owners.");
        return text.ToString();
    }
}
