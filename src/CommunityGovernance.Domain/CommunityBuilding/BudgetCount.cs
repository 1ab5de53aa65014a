using System.Text.Json.Serialization;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>One admitted proposal in a budget count: its cost, its votes, and whether the count chose it.</summary>
/// <param name="Proposal">The proposal.</param>
/// <param name="Cost">Its cost, as admitted.</param>
/// <param name="Votes">How many standing ballots chose it.</param>
/// <param name="Chosen">Whether the count chose it.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record ProjectTally(ProposalId Proposal, Money Cost, int Votes, bool Chosen);

/// <summary>
/// The count of a participatory budget vote (参与式预算计票), by the documented rule of <see cref="Count"/>: the admitted
/// proposals in rank order with their votes, which were chosen, and what was allocated of the cap.
/// </summary>
/// <param name="Cap">The fund's budget cap.</param>
/// <param name="Voters">How many voters' ballots stood.</param>
/// <param name="Tallies">Every admitted proposal, in rank order.</param>
/// <param name="Allocated">The chosen projects' costs together; never above <paramref name="Cap"/>.</param>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record BudgetCount(Money Cap, int Voters, EquatableArray<ProjectTally> Tallies, Money Allocated)
{
    /// <summary>What the chosen projects leave of the cap.</summary>
    [JsonIgnore]
    public Money Remaining => Cap - Allocated;

    /// <summary>The chosen projects, in rank order.</summary>
    [JsonIgnore]
    public IEnumerable<ProposalId> Chosen => Tallies.Where(t => t.Chosen).Select(t => t.Proposal);

    /// <summary>
    /// Counts a budget vote by greedy approval (the rule of most participatory budgets): rank the admitted proposals
    /// by votes, most first, then by cost, cheapest first, then by id (ordinal); walk down the ranking and choose each
    /// proposal with at least one vote whose cost fits what is left of the cap, skipping one that does not fit.
    /// </summary>
    /// <param name="cap">The budget cap.</param>
    /// <param name="admitted">The admitted proposals and their costs.</param>
    /// <param name="ballots">The standing ballots, one a voter: the proposals each voter chose.</param>
    /// <returns>The count; its <see cref="Allocated"/> never exceeds <paramref name="cap"/>.</returns>
    public static BudgetCount Count(Money cap, IEnumerable<KeyValuePair<ProposalId, Money>> admitted, IEnumerable<IEnumerable<ProposalId>> ballots)
    {
        ArgumentNullException.ThrowIfNull(admitted);
        ArgumentNullException.ThrowIfNull(ballots);
        var votes = admitted.ToDictionary(a => a.Key, _ => 0);
        var costs = admitted.ToDictionary(a => a.Key, a => a.Value);
        var voters = 0;
        foreach (var ballot in ballots)
        {
            voters++;
            foreach (var proposal in ballot.Distinct())
            {
                if (votes.TryGetValue(proposal, out var n))
                {
                    votes[proposal] = n + 1;
                }
            }
        }

        var remaining = cap;
        var tallies = new List<ProjectTally>(votes.Count);
        foreach (var proposal in votes.Keys.OrderByDescending(p => votes[p]).ThenBy(p => costs[p]).ThenBy(p => p))
        {
            var chosen = votes[proposal] > 0 && costs[proposal] <= remaining;
            if (chosen)
            {
                remaining -= costs[proposal];
            }

            tallies.Add(new ProjectTally(proposal, costs[proposal], votes[proposal], chosen));
        }

        return new BudgetCount(cap, voters, new EquatableArray<ProjectTally>(tallies), cap - remaining);
    }
}
