using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// The counting rule of the SPC interpretation on building distinct ownership (建筑物区分所有权司法解释), Art. 9:
/// owners are counted by exclusive unit, one unit one owner; but the units the developer has not sold or has sold and
/// not yet delivered count as one owner, and so do the several units of one buyer.
/// </summary>
/// <remarks>
/// Applied, the three clauses say: each distinct voter is one head, and a voter holds the area of all its units. An
/// owner of record who is also the developer is still one head.
/// </remarks>
[LivingSide]
public static class OwnerHeadcount
{
    /// <summary>The roll of a register: each owner once, with the area and number of its units, in voter id order.</summary>
    /// <param name="register">The ownership register.</param>
    /// <returns>The electors; their count is the number of owners, their areas add up to the register's exclusive area.</returns>
    /// <exception cref="DomainRuleViolationException">The register is missing.</exception>
    public static IReadOnlyList<AssemblyElector> ElectorateOf(OwnershipRegister register)
    {
        Ardalis.GuardClauses.Guard.Against.MissingValue(register);
        return ElectorateOf(register.Developer, register.Units);
    }

    internal static IReadOnlyList<AssemblyElector> ElectorateOf(ActorId developer, IEnumerable<ExclusiveUnit> units)
    {
        var byVoter = new SortedDictionary<ActorId, AssemblyElector>();
        foreach (var unit in units)
        {
            // One unit one owner; the developer's held units, and one buyer's several units, fold into one head.
            var voter = unit.Owner?.Owner ?? developer;
            byVoter[voter] = byVoter.TryGetValue(voter, out var elector)
                ? elector with { Area = elector.Area + unit.Area, Units = elector.Units + 1 }
                : new AssemblyElector(voter, unit.Area, 1, voter == developer);
        }

        return [.. byVoter.Values];
    }
}
