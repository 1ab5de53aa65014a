using CommunityGovernance.CommunityBuilding;

namespace CommunityGovernance.Testing.CommunityBuilding;

/// <summary>
/// The invariants every community-building process keeps, as a check to call from your own property tests: the
/// budget is never exceeded, supports are distinct enrolled actors, spending stays within allocations, and the
/// accountability report adds up.
/// </summary>
public static class CommunityBuildingInvariants
{
    /// <summary>Lists the invariants the process breaks; none, for a process built only through its commands.</summary>
    /// <param name="process">The process.</param>
    /// <returns>One sentence per broken invariant.</returns>
    public static IReadOnlyList<string> Check(CommunityBuildingProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var broken = new List<string>();
        var snapshot = process.ToSnapshot();
        var cap = snapshot.Fund.Cap;
        var enrolled = snapshot.Participants.Select(p => p.Actor).ToHashSet();
        var costs = snapshot.Proposals.Where(p => p.Cost is not null).ToDictionary(p => p.Id, p => p.Cost!.Value);

        if (snapshot.Proposals.Any(p => p.Cost is { } c && c > cap))
        {
            broken.Add("A proposal was admitted at a cost beyond the budget cap.");
        }

        if (snapshot.Ballots.Any(b => !b.Choices.All(costs.ContainsKey) || b.Choices.Sum(c => costs[c].Fen) > cap.Fen))
        {
            broken.Add("A standing ballot chooses a proposal not admitted, or projects beyond the cap.");
        }

        if (snapshot.Ballots.Any(b => !enrolled.Contains(b.Voter)))
        {
            broken.Add("A ballot stands for an actor not enrolled.");
        }

        if (snapshot.Count is { } count)
        {
            var chosenCost = count.Tallies.Where(t => t.Chosen).Sum(t => t.Cost.Fen);
            if (count.Allocated > cap || count.Allocated.Fen != chosenCost || count.Tallies.Any(t => t.Chosen && t.Votes == 0))
            {
                broken.Add("The count allocates beyond the cap, allocates other than its chosen projects' costs, or chose a project nobody voted for.");
            }
        }

        foreach (var proposal in snapshot.Proposals)
        {
            if (proposal.Supporters.Any(s => !enrolled.Contains(s)) || proposal.Supporters.Distinct().Count() != proposal.SupportCount)
            {
                broken.Add($"Proposal {proposal.Id} counts a supporter twice or one not enrolled.");
            }

            if (proposal.MergedInto is { } into && !proposal.Supporters.All(snapshot.Proposals.Single(p => p.Id == into).Supporters.Contains))
            {
                broken.Add($"Proposal {proposal.Id} was merged into {into}, which lost some of its supporters.");
            }

            if (proposal.Spent > proposal.Allocation)
            {
                broken.Add($"Proposal {proposal.Id} spent {proposal.Spent}, beyond its allocation of {proposal.Allocation}.");
            }

            var chosen = proposal.Status is ProposalStatus.Chosen or ProposalStatus.Completed;
            if (!chosen && (proposal.Parts.Count > 0 || proposal.Volunteers.Count > 0 || proposal.Payments.Count > 0))
            {
                broken.Add($"Proposal {proposal.Id} was carried out without being chosen.");
            }

            if (proposal.Status == ProposalStatus.Completed && proposal.Parts.Count == 0)
            {
                broken.Add($"Project {proposal.Id} was completed with no participant.");
            }
        }

        var report = process.Account();
        var lines = report.Lines;
        if (report.Proposed != lines.Count
            || report.Spent.Fen != lines.Sum(l => l.Spent.Fen)
            || report.Allocated.Fen != lines.Sum(l => l.Allocation.Fen)
            || report.Allocated > cap
            || report.Spent > report.Allocated
            || report.Chosen != lines.Count(l => l.Status is ProposalStatus.Chosen or ProposalStatus.Completed)
            || report.Completed != lines.Count(l => l.Status == ProposalStatus.Completed)
            || report.Merged != lines.Count(l => l.Status == ProposalStatus.Merged)
            || report.Admitted < report.Chosen
            || !report.DemandsAnswered.All(report.DemandsCited.Contains)
            || report.Participations != process.Participation.Count)
        {
            broken.Add("The accountability report does not add up.");
        }

        var projectParticipants = snapshot.Proposals.SelectMany(p => p.Parts).Select(p => p.Actor).ToHashSet();
        if (process.Participation.Any(p => !enrolled.Contains(p.Actor) && !projectParticipants.Contains(p.Actor))
            || process.Participation.Any(p => p.Evidence.Community != snapshot.Scope.Unit)
            || process.Participation.Select(p => p.Evidence.Reference).Distinct(StringComparer.Ordinal).Count() != process.Participation.Count)
        {
            broken.Add("Participation evidence names an actor who took no part, another unit, or a reference twice.");
        }

        return broken;
    }
}
