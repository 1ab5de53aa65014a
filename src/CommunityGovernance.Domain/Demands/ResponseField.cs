using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

/// <summary>
/// The community as response field (回应场): whether each community's and each actor's demands were answered,
/// on time, to the raiser's satisfaction — computed from the demands' recorded histories.
/// </summary>
/// <remarks>
/// A community is a demand's <see cref="Demand.Subject"/>, exactly; roll-ups along the hierarchy or across
/// coverage are left to the caller, who knows the coverage. Overdue is judged at the clock's current instant.
/// </remarks>
public static class ResponseField
{
    /// <summary>Measures a set of demands together.</summary>
    /// <param name="demands">The demands.</param>
    /// <param name="clock">The clock that says "now" for overdue detection.</param>
    /// <returns>The metrics.</returns>
    public static ResponseMetrics Measure(IEnumerable<Demand> demands, IClock clock)
    {
        Guard.Against.MissingValue(demands);
        var now = Guard.Against.MissingValue(clock).GetCurrentInstant();
        return Measure(demands, now);
    }

    /// <summary>The metrics of each community (each demand subject) that has demands.</summary>
    /// <param name="demands">The demands.</param>
    /// <param name="clock">The clock that says "now".</param>
    /// <returns>The metrics by subject unit.</returns>
    public static IReadOnlyDictionary<CommunityUnit, ResponseMetrics> ByCommunity(IEnumerable<Demand> demands, IClock clock) =>
        Group(demands, clock, d => d.Subject);

    /// <summary>The metrics of each raiser: were this actor's demands answered?</summary>
    /// <param name="demands">The demands.</param>
    /// <param name="clock">The clock that says "now".</param>
    /// <returns>The metrics by raiser.</returns>
    public static IReadOnlyDictionary<ActorId, ResponseMetrics> ByRaiser(IEnumerable<Demand> demands, IClock clock) =>
        Group(demands, clock, d => d.Raiser);

    /// <summary>The metrics of each assignee: did this actor answer what was routed to it? Unrouted demands are left out.</summary>
    /// <param name="demands">The demands.</param>
    /// <param name="clock">The clock that says "now".</param>
    /// <returns>The metrics by current (last) assignee.</returns>
    public static IReadOnlyDictionary<ActorId, ResponseMetrics> ByAssignee(IEnumerable<Demand> demands, IClock clock)
    {
        Guard.Against.MissingValue(demands);
        return Group(demands.Where(d => d.Assignee is not null), clock, d => d.Assignee!.Value);
    }

    private static Dictionary<TKey, ResponseMetrics> Group<TKey>(IEnumerable<Demand> demands, IClock clock, Func<Demand, TKey> key)
        where TKey : notnull
    {
        Guard.Against.MissingValue(demands);
        var now = Guard.Against.MissingValue(clock).GetCurrentInstant();
        return demands.GroupBy(key).ToDictionary(g => g.Key, g => Measure(g, now));
    }

    private static ResponseMetrics Measure(IEnumerable<Demand> demands, Instant now)
    {
        int raised = 0, withdrawn = 0, answered = 0, onTime = 0, overdue = 0, evaluated = 0, satisfied = 0, buckPassing = 0, rework = 0, escalated = 0, escalations = 0, verified = 0;
        foreach (var demand in demands)
        {
            raised++;
            withdrawn += demand.Status == DemandStatus.Withdrawn && !demand.IsAnswered ? 1 : 0;
            answered += demand.IsAnswered ? 1 : 0;
            onTime += demand.IsAnsweredOnTime ? 1 : 0;
            overdue += demand.IsOverdueAt(now) ? 1 : 0;
            evaluated += demand.Evaluation is null ? 0 : 1;
            satisfied += demand.Evaluation == DemandEvaluation.Satisfied ? 1 : 0;
            buckPassing += demand.BuckPassingCount;
            rework += demand.ReworkCount;
            escalated += demand.Escalations.Count == 0 ? 0 : 1;
            escalations += demand.Escalations.Count;
            verified += demand.Verifications.Count;
        }

        return new ResponseMetrics(raised, withdrawn, answered, onTime, overdue, evaluated, satisfied, buckPassing, rework)
        {
            Escalated = escalated,
            Escalations = escalations,
            Verifications = verified,
        };
    }
}
