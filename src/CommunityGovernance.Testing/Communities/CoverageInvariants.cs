using CommunityGovernance.Communities.Coverage;

namespace CommunityGovernance.Testing.Communities;

/// <summary>Invariant checks of a <see cref="CoverageRegister"/>, to call from your own property tests.</summary>
public static class CoverageInvariants
{
    /// <summary>
    /// Whether every building lies in exactly one jurisdiction, and the two coverage queries agree: a jurisdiction
    /// covers a living community exactly when that living community spans the jurisdiction, exactly when some
    /// building of the living community lies in it.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <returns>An empty list when the invariants hold; otherwise what is broken.</returns>
    public static IReadOnlyList<string> Check(CoverageRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        var problems = new List<string>();
        var snapshot = register.ToSnapshot();
        if (snapshot.Buildings.Select(b => b.Building).Distinct().Count() != snapshot.Buildings.Count)
        {
            problems.Add("a building appears twice in the register");
        }

        foreach (var coverage in snapshot.Buildings)
        {
            if (!register.TryGetJurisdiction(coverage.Building, out var jurisdiction) || jurisdiction != coverage.Jurisdiction)
            {
                problems.Add($"building {coverage.Building} does not report its jurisdiction {coverage.Jurisdiction}");
            }
        }

        var pairs = snapshot.Buildings.Select(b => (b.Jurisdiction, b.LivingCommunity)).ToHashSet();
        foreach (var jurisdiction in pairs.Select(p => p.Jurisdiction).Distinct())
        {
            var covered = register.LivingCommunitiesCoveredBy(jurisdiction);
            if (!covered.ToHashSet().SetEquals(pairs.Where(p => p.Jurisdiction == jurisdiction).Select(p => p.LivingCommunity)))
            {
                problems.Add($"jurisdiction {jurisdiction} reports the wrong living communities");
            }

            problems.AddRange(covered
                .Where(living => !register.JurisdictionsSpannedBy(living).Contains(jurisdiction))
                .Select(living => $"living community {living} does not report spanning {jurisdiction}"));
        }

        foreach (var living in pairs.Select(p => p.LivingCommunity).Distinct())
        {
            if (!register.JurisdictionsSpannedBy(living).ToHashSet().SetEquals(pairs.Where(p => p.LivingCommunity == living).Select(p => p.Jurisdiction)))
            {
                problems.Add($"living community {living} reports the wrong jurisdictions");
            }
        }

        return problems;
    }
}
