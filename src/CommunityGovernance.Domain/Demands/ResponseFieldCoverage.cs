using Ardalis.GuardClauses;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

/// <summary>
/// The response field (回应场) rolled up through coverage: which administrative units a demand counts for, and the
/// metrics of communities, streets and districts. <see cref="ReadModels.ResponseFieldView"/> keeps the same figures
/// current from a store's feed.
/// </summary>
/// <remarks>
/// A demand about an administrative unit counts for that unit. A demand about a living community counts, whole, for
/// each administrative community the coverage registers say it spans (demands name no buildings, so they are not
/// split). At the street and district levels a demand counts once, however many of its communities lie there. A demand
/// about a living community no register knows counts for no administrative unit.
/// </remarks>
public static class ResponseFieldCoverage
{
    /// <summary>The administrative units a demand counts for.</summary>
    /// <param name="demand">The demand.</param>
    /// <param name="coverage">The coverage registers that say which jurisdictions a living community spans.</param>
    /// <returns>The units, each once; empty for a living community no register covers.</returns>
    public static IReadOnlyList<AreaCode> UnitsOf(Demand demand, IEnumerable<CoverageRegister> coverage)
    {
        Guard.Against.MissingValue(demand);
        Guard.Against.MissingValue(coverage);
        return demand.Subject.IsAdministrative
            ? [demand.Subject.AreaCode]
            : [.. coverage.SelectMany(r => r.JurisdictionsSpannedBy(demand.Subject.LivingCommunityId)).Select(j => j.AreaCode).Distinct()];
    }

    /// <summary>The metrics of one administrative unit of any level: every demand that counts for it or for a unit within it, once.</summary>
    /// <param name="demands">The demands.</param>
    /// <param name="coverage">The coverage registers.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="clock">The clock that says "now" for overdue detection.</param>
    /// <returns>The metrics.</returns>
    public static ResponseMetrics For(IEnumerable<Demand> demands, IEnumerable<CoverageRegister> coverage, AreaCode unit, IClock clock)
    {
        var registers = Registers(coverage);
        return ResponseField.Measure(Guard.Against.MissingValue(demands).Where(d => UnitsOf(d, registers).Any(u => u.IsWithin(unit))), clock);
    }

    /// <summary>The metrics of each administrative community with demands, through coverage.</summary>
    /// <param name="demands">The demands.</param>
    /// <param name="coverage">The coverage registers.</param>
    /// <param name="clock">The clock that says "now".</param>
    /// <returns>The metrics by community.</returns>
    public static IReadOnlyDictionary<AdministrativeCommunityId, ResponseMetrics> ByCommunity(IEnumerable<Demand> demands, IEnumerable<CoverageRegister> coverage, IClock clock) =>
        RollUp<AdministrativeCommunityId>(demands, coverage, clock, u => u.Level == AdministrativeLevel.Community ? new AdministrativeCommunityId(u) : null);

    /// <summary>The metrics of each street (or township) with demands, through coverage; a demand counts once per street.</summary>
    /// <param name="demands">The demands.</param>
    /// <param name="coverage">The coverage registers.</param>
    /// <param name="clock">The clock that says "now".</param>
    /// <returns>The metrics by street code.</returns>
    public static IReadOnlyDictionary<AreaCode, ResponseMetrics> ByStreet(IEnumerable<Demand> demands, IEnumerable<CoverageRegister> coverage, IClock clock) =>
        RollUp<AreaCode>(demands, coverage, clock, u => u.Level == AdministrativeLevel.Community ? u.Parent : u.Level == AdministrativeLevel.Street ? u : null);

    /// <summary>The demands about living communities that no register covers: they count for no administrative unit.</summary>
    /// <param name="demands">The demands.</param>
    /// <param name="coverage">The coverage registers.</param>
    /// <returns>Those demands, in the order given.</returns>
    public static IReadOnlyList<Demand> Uncovered(IEnumerable<Demand> demands, IEnumerable<CoverageRegister> coverage)
    {
        var registers = Registers(coverage);
        return [.. Guard.Against.MissingValue(demands).Where(d => UnitsOf(d, registers).Count == 0)];
    }

    private static CoverageRegister[] Registers(IEnumerable<CoverageRegister> coverage) => [.. Guard.Against.MissingValue(coverage)];

    private static Dictionary<TKey, ResponseMetrics> RollUp<TKey>(IEnumerable<Demand> demands, IEnumerable<CoverageRegister> coverage, IClock clock, Func<AreaCode, TKey?> keyOf)
        where TKey : struct
    {
        var registers = Registers(coverage);
        return Guard.Against.MissingValue(demands)
            .SelectMany(d => UnitsOf(d, registers).Select(keyOf).OfType<TKey>().Distinct().Select(k => (Key: k, Demand: d)))
            .GroupBy(p => p.Key)
            .ToDictionary(g => g.Key, g => ResponseField.Measure(g.Select(p => p.Demand), clock));
    }
}
