using CommunityGovernance.Actors;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities.Homeowners;

/// <summary>
/// The vote's count, checked against generated registers (developer-held units, owners of several units, transfers)
/// and ballots (changes, outsiders): order does not matter, a change is a single cast, and the outcome agrees with an
/// independent count made here from the units themselves.
/// </summary>
public sealed class AssemblyVotePropertyTests
{
    public static Arbitrary<AssemblyScenario> Scenarios() => AssemblyArbitraries.AssemblyScenario();

    public static Arbitrary<ProcedureThresholds> Thresholds() => AssemblyArbitraries.ProcedureThresholds();

    [ScaledProperty(Arbitrary = [typeof(AssemblyVotePropertyTests)])]
    public Property The_outcome_never_depends_on_the_order_of_the_ballots(AssemblyScenario scenario, int seed)
    {
        var finals = FinalBallots(scenario);
        var random = new Random(seed);
        var shuffled = finals.OrderBy(_ => random.Next()).ToArray();
        var reversed = finals.AsEnumerable().Reverse().ToArray();

        var tally = scenario.Run(finals).Tally;
        return (tally == scenario.Run(shuffled).Tally).Label("shuffled")
            .And(tally == scenario.Run(reversed).Tally).Label("reversed");
    }

    [ScaledProperty(Arbitrary = [typeof(AssemblyVotePropertyTests)])]
    public Property Changing_a_ballot_before_the_close_equals_casting_the_last_one_once(AssemblyScenario scenario)
    {
        var changing = scenario.Run();
        var once = scenario.Run(FinalBallots(scenario));

        return (changing.Tally == once.Tally).Label("same tally")
            .And(changing.ToSnapshot().Ballots == once.ToSnapshot().Ballots).Label("same standing ballots");
    }

    [ScaledProperty(Arbitrary = [typeof(AssemblyVotePropertyTests)])]
    public Property A_vote_is_adopted_exactly_when_both_ratios_reach_the_matters_threshold(AssemblyScenario scenario)
    {
        var tally = scenario.Run().Tally!;
        var reference = Reference.Count(scenario);

        return (tally.TotalOwners == reference.Owners).Label($"owners {tally.TotalOwners} vs {reference.Owners}")
            .And(tally.TotalArea.SquareMetres == reference.Area).Label("area")
            .And(tally.ParticipatingOwners == reference.ParticipatingOwners).Label("participating owners")
            .And(tally.Outcome == reference.Outcome).Label($"outcome {tally.Outcome} vs reference {reference.Outcome}");
    }

    [ScaledProperty(Arbitrary = [typeof(AssemblyVotePropertyTests)])]
    public Property No_ballot_or_owner_appears_in_the_tally_or_its_event(AssemblyScenario scenario)
    {
        var vote = scenario.Run();
        var texts = new[] { vote.Tally!.ToString(), vote.PendingEvents[^1].ToString() };
        var owners = scenario.Register.Units.Where(u => u.Owner is not null).Select(u => u.Owner!)
            .SelectMany(o => new[] { o.Owner.Value, o.Name.Value })
            .Append("DEV-GENERATED")
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        var leaked = owners.Where(o => texts.Any(t => t.Contains(o, StringComparison.Ordinal))).ToList();
        return (leaked.Count == 0).Label($"{leaked.Count} owners or names in the text")
            .And(vote.PendingEvents.OfType<BallotCast>().All(b => !b.ToString().Contains(b.Choice.ToString(), StringComparison.Ordinal))).Label("a ballot's choice is redacted");
    }

    [ScaledProperty(Arbitrary = [typeof(AssemblyVotePropertyTests)])]
    public Property A_vote_rebuilt_from_its_events_equals_the_live_one_and_a_refused_ballot_changes_nothing(AssemblyScenario scenario)
    {
        var vote = scenario.Run();
        var before = (vote.ToSnapshot(), vote.Version);
        var refused = Record.Exception(() => vote.Cast(scenario.Electorate[0].Voter, BallotChoice.For, AssemblyScenario.ClosesAt + Duration.FromDays(1)));

        return (AssemblyVote.FromHistory(vote.PendingEvents).ToSnapshot() == vote.ToSnapshot()).Label("rebuilt == live")
            .And(refused is DomainRuleViolationException).Label("a ballot after the close is refused")
            .And(before == (vote.ToSnapshot(), vote.Version)).Label("and changes nothing");
    }

    [ScaledProperty(Arbitrary = [typeof(AssemblyVotePropertyTests)])]
    public Property Every_lawful_set_of_thresholds_is_accepted_and_every_looser_one_refused(ProcedureThresholds lawful)
    {
        var register = Compound.Register((100m, "A"));
        var looser = AssemblyGenerators.LooserThresholds.Sample(1, new Rnd((uint)lawful.GetHashCode(), 1UL), 10)[0];

        var refused = Record.Exception(() => Compound.Vote(register, AssemblyMatter.RulesOfProcedure, looser)) as DomainRuleViolationException;
        return (Compound.Vote(register, AssemblyMatter.RulesOfProcedure, lawful).Thresholds == lawful).Label("lawful accepted")
            .And(refused?.Rule == global::CommunityGovernance.Communities.CommunityRules.ProcedureThresholdIsNotLooser).Label($"looser {looser} refused");
    }

    private static Ballot[] FinalBallots(AssemblyScenario scenario)
    {
        var onRoll = scenario.Electorate.Select(e => e.Voter).ToHashSet();
        return [.. scenario.Ballots.Where(b => onRoll.Contains(b.Owner)).GroupBy(b => b.Owner).Select(g => g.Last())];
    }

    /// <summary>
    /// A count written apart from the library: owners straight from the units (the developer for units without an
    /// owner), areas in decimal square metres, thresholds compared by cross-multiplying in decimal.
    /// </summary>
    private static class Reference
    {
        public static (int Owners, decimal Area, int ParticipatingOwners, AssemblyOutcome Outcome) Count(AssemblyScenario scenario)
        {
            var holders = scenario.Register.Units
                .GroupBy(u => u.Owner is null ? "DEV-GENERATED" : u.Owner.Owner.Value, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Sum(u => u.Area.SquareMetres), StringComparer.Ordinal);
            var last = new Dictionary<string, BallotChoice>(StringComparer.Ordinal);
            foreach (var ballot in scenario.Ballots.Where(b => holders.ContainsKey(b.Owner.Value)))
            {
                last[ballot.Owner.Value] = ballot.Choice;
            }

            var area = holders.Values.Sum();
            var takingPart = holders.Where(h => last.ContainsKey(h.Key)).ToList();
            var agreeing = takingPart.Where(h => last[h.Key] == BallotChoice.For).ToList();
            var participation = scenario.Thresholds.Participation;
            var majority = scenario.Matter is AssemblyMatter.RaisingMaintenanceFund or AssemblyMatter.Rebuilding or AssemblyMatter.CommonPartsUseOrOperation
                ? scenario.Thresholds.SpecialMajority
                : scenario.Thresholds.OrdinaryMajority;

            var quorum = Reaches(takingPart.Sum(h => h.Value), area, participation) && Reaches(takingPart.Count, holders.Count, participation);
            var adopted = Reaches(agreeing.Sum(h => h.Value), takingPart.Sum(h => h.Value), majority) && Reaches(agreeing.Count, takingPart.Count, majority);
            var outcome = !quorum ? AssemblyOutcome.QuorumNotMet : adopted ? AssemblyOutcome.Adopted : AssemblyOutcome.Rejected;
            return (holders.Count, area, takingPart.Count, outcome);
        }

        // part/whole against n/d without dividing: part·d against n·whole. Nothing of a whole of zero is reached.
        private static bool Reaches(decimal part, decimal whole, AssemblyThreshold threshold)
        {
            if (whole == 0)
            {
                return false;
            }

            var left = part * threshold.Denominator;
            var right = threshold.Numerator * whole;
            return threshold.MoreThan ? left > right : left >= right;
        }
    }
}
