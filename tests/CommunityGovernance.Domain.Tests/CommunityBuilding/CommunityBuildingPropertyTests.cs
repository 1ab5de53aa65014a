using CommunityGovernance.CommunityBuilding;
using CommunityGovernance.Testing.CommunityBuilding;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Domain.Tests.CommunityBuilding;

/// <summary>
/// Generated processes (a compound or an administrative community; floating and local residents inside and outside
/// the unit; organisations with and without rights; steps through every phase, some refused) checked against a
/// reference model of enrolment, proposals, supports, merges and admissions kept here, and against the invariants.
/// </summary>
public sealed class CommunityBuildingPropertyTests
{
    public static Arbitrary<CommunityBuildingScenario> Scenarios() => CommunityBuildingArbitraries.CommunityBuildingScenario();

    [ScaledProperty(Arbitrary = [typeof(CommunityBuildingPropertyTests)])]
    public Property A_generated_process_keeps_every_invariant(CommunityBuildingScenario scenario)
    {
        var violations = CommunityBuildingInvariants.Check(scenario.Run().Process);

        return (violations.Count == 0).Label(string.Join(" ", violations));
    }

    [ScaledProperty(Arbitrary = [typeof(CommunityBuildingPropertyTests)])]
    public Property The_budget_is_never_exceeded_by_the_count_the_ballots_or_the_spending(CommunityBuildingScenario scenario)
    {
        var snapshot = scenario.Run().Process.ToSnapshot();
        var allocated = snapshot.Count?.Allocated ?? Money.Zero;
        var costs = snapshot.Proposals.Where(p => p.Cost is not null).ToDictionary(p => p.Id, p => p.Cost!.Value.Fen);

        return (allocated <= scenario.Cap).Label($"allocated {allocated} of {scenario.Cap}")
            .And(snapshot.Ballots.All(b => b.Choices.Sum(c => costs[c]) <= scenario.Cap.Fen)).Label("every ballot within the cap")
            .And(snapshot.Proposals.All(p => p.Spent <= p.Allocation)).Label("every project within its allocation")
            .And(snapshot.Proposals.Sum(p => p.Spent.Fen) <= allocated.Fen).Label("spending within the allocation");
    }

    [ScaledProperty(Arbitrary = [typeof(CommunityBuildingPropertyTests)])]
    public Property Steps_are_accepted_exactly_as_the_reference_model_says(CommunityBuildingScenario scenario)
    {
        var run = scenario.Run();
        var model = Reference.Run(scenario);
        var modelled = new[]
        {
            CommunityBuildingStepKind.Enrol, CommunityBuildingStepKind.Propose, CommunityBuildingStepKind.Support,
            CommunityBuildingStepKind.Merge, CommunityBuildingStepKind.Admit, CommunityBuildingStepKind.Advance,
        };
        var mismatches = scenario.Steps.Select((s, i) => (s, i))
            .Where(x => modelled.Contains(x.s.Kind) && run.Accepted[x.i] != model.Accepted[x.i])
            .Select(x => $"{x.i}: {x.s} process {run.Accepted[x.i]} model {model.Accepted[x.i]}")
            .ToList();

        return (mismatches.Count == 0).Label(string.Join("; ", mismatches));
    }

    [ScaledProperty(Arbitrary = [typeof(CommunityBuildingPropertyTests)])]
    public Property A_proposals_support_count_equals_its_distinct_eligible_supporters(CommunityBuildingScenario scenario)
    {
        var proposals = scenario.Run().Process.ToSnapshot().Proposals;
        var model = Reference.Run(scenario);

        var wrong = proposals
            .Where(p => p.SupportCount != model.Supporters[p.Id].Count
                        || !p.Supporters.SequenceEqual(model.Supporters[p.Id].Select(scenario.ActorAt).Order()))
            .Select(p => $"{p.Id}: {p.SupportCount} vs {model.Supporters[p.Id].Count}")
            .ToList();
        return (proposals.Count == model.Supporters.Count).Label("same proposals raised")
            .And(wrong.Count == 0).Label(string.Join("; ", wrong));
    }

    [ScaledProperty(Arbitrary = [typeof(CommunityBuildingPropertyTests)])]
    public Property Floating_residents_are_never_excluded_by_their_registration(CommunityBuildingScenario scenario)
    {
        var process = scenario.Run().Process;
        var flipped = scenario.WithRegistrationsFlipped().Run().Process;
        var expected = Enumerable.Range(0, scenario.ActorCount).Where(scenario.LivesOrWorksInScope).Select(scenario.ActorAt).Order();
        var floatingInside = scenario.Residents.Select((r, i) => (r, i)).Where(x => x.r.Floating && x.r.LivesInScope).Select(x => scenario.ActorAt(x.i));

        return process.Participants.Select(p => p.Actor).SequenceEqual(expected).Label("enrolled: exactly those who live or work in the unit")
            .And(floatingInside.All(process.IsEnrolled)).Label("every floating resident living in the unit is enrolled")
            .And(process.ToSnapshot() == flipped.ToSnapshot()).Label("flipping every registration changes nothing")
            .And(process.Account() == flipped.Account()).Label("nor the report");
    }

    [ScaledProperty(Arbitrary = [typeof(CommunityBuildingPropertyTests)])]
    public Property The_accountability_report_adds_up(CommunityBuildingScenario scenario)
    {
        var process = scenario.Run().Process;
        var report = process.Account();
        var snapshot = process.ToSnapshot();
        var standing = snapshot.Proposals.Where(p => p.Status != ProposalStatus.Merged).ToList();

        return (report.Proposed == snapshot.Proposals.Count).Label("proposed")
            .And(report.Supported == standing.Count(p => p.SupportCount > 0)).Label("supported")
            .And(report.Chosen == (snapshot.Count?.Chosen.Count() ?? 0)).Label("chosen = the count's")
            .And(report.Allocated == (snapshot.Count?.Allocated ?? Money.Zero)).Label("allocated = the count's")
            .And(report.Spent.Fen == snapshot.Proposals.SelectMany(p => p.Payments).Sum(p => p.Amount.Fen)).Label("spent = the payments")
            .And(report.Unspent.Fen == scenario.Cap.Fen - report.Spent.Fen).Label("unspent")
            .And(report.Participations == process.Participation.Count).Label("participations");
    }

    [ScaledProperty(Arbitrary = [typeof(CommunityBuildingPropertyTests)])]
    public Property The_count_is_greedy_approval_within_the_cap(CommunityBuildingScenario scenario)
    {
        var snapshot = scenario.Run().Process.ToSnapshot();
        if (snapshot.Count is not { } count)
        {
            return true.ToProperty().Label("not counted");
        }

        var votes = count.Tallies.ToDictionary(t => t.Proposal, t => snapshot.Ballots.Count(b => b.Choices.Contains(t.Proposal)));
        var ordered = count.Tallies.Zip(count.Tallies.Skip(1)).All(x =>
            x.First.Votes > x.Second.Votes
            || (x.First.Votes == x.Second.Votes && (x.First.Cost < x.Second.Cost || (x.First.Cost == x.Second.Cost && x.First.Proposal.CompareTo(x.Second.Proposal) < 0))));
        var left = scenario.Cap.Fen;
        var greedy = true;
        foreach (var tally in count.Tallies)
        {
            var fits = tally.Votes > 0 && tally.Cost.Fen <= left;
            greedy &= tally.Chosen == fits;
            left -= tally.Chosen ? tally.Cost.Fen : 0;
        }

        return count.Tallies.All(t => t.Votes == votes[t.Proposal]).Label("votes are the ballots choosing each")
            .And(ordered).Label("ranked by votes, cost, id")
            .And(greedy).Label("each chosen exactly when it fits what is left")
            .And(count.Voters == snapshot.Ballots.Count).Label("one standing ballot a voter");
    }

    [ScaledProperty(Arbitrary = [typeof(CommunityBuildingPropertyTests)])]
    public Property A_process_rebuilt_from_its_events_equals_the_live_one(CommunityBuildingScenario scenario)
    {
        var process = scenario.Run().Process;
        var rebuilt = CommunityBuildingProcess.FromHistory(process.PendingEvents);

        return (rebuilt.ToSnapshot() == process.ToSnapshot()).Label("snapshot")
            .And(rebuilt.Participation.SequenceEqual(process.Participation)).Label("participation evidence")
            .And(rebuilt.Account() == process.Account()).Label("report");
    }

    /// <summary>An independent model of the steps it decides: who may enrol, which proposals stand, who supports them.</summary>
    private sealed class Reference
    {
        public List<bool> Accepted { get; } = [];

        public Dictionary<ProposalId, HashSet<int>> Supporters { get; } = [];

        public static Reference Run(CommunityBuildingScenario scenario)
        {
            var model = new Reference();
            var (phase, enrolled, merged, admitted) = (1, new HashSet<int>(), new HashSet<int>(), new HashSet<int>());
            var supporters = new Dictionary<int, HashSet<int>>();
            foreach (var step in scenario.Steps)
            {
                var (a, n, m) = (step.Actor, step.Proposal, step.Other);
                var ok = step.Kind switch
                {
                    CommunityBuildingStepKind.Advance => phase < 5,
                    CommunityBuildingStepKind.Enrol => phase < 5 && scenario.LivesOrWorksInScope(a) && !enrolled.Contains(a),
                    CommunityBuildingStepKind.Propose => phase == 1 && enrolled.Contains(a) && !supporters.ContainsKey(n),
                    CommunityBuildingStepKind.Support => phase <= 2 && enrolled.Contains(a) && supporters.ContainsKey(n) && !merged.Contains(n) && !supporters[n].Contains(a),
                    CommunityBuildingStepKind.Merge => phase <= 2 && n != m && supporters.ContainsKey(n) && supporters.ContainsKey(m)
                                                       && !merged.Contains(n) && !merged.Contains(m) && !admitted.Contains(n),
                    CommunityBuildingStepKind.Admit => phase == 2 && supporters.ContainsKey(n) && !merged.Contains(n) && !admitted.Contains(n)
                                                       && step.Fen > 0 && step.Fen <= scenario.Cap.Fen,
                    _ => false,
                };
                model.Accepted.Add(ok);
                if (!ok)
                {
                    continue;
                }

                switch (step.Kind)
                {
                    case CommunityBuildingStepKind.Advance: phase++; break;
                    case CommunityBuildingStepKind.Enrol: enrolled.Add(a); break;
                    case CommunityBuildingStepKind.Propose: supporters[n] = []; break;
                    case CommunityBuildingStepKind.Support: supporters[n].Add(a); break;
                    case CommunityBuildingStepKind.Merge: merged.Add(n); supporters[m].UnionWith(supporters[n]); break;
                    default: admitted.Add(n); break;
                }
            }

            foreach (var (n, set) in supporters)
            {
                model.Supporters[CommunityBuildingScenario.Proposal(n)] = set;
            }

            return model;
        }
    }
}
