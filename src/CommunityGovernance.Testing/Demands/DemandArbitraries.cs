using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.Demands;

/// <summary>
/// FsCheck arbitraries for demands, to name in <c>[Property(Arbitrary = new[] { typeof(DemandArbitraries) })]</c>.
/// </summary>
public static class DemandArbitraries
{
    /// <summary>Valid demand ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DemandId> DemandId() => DemandGenerators.DemandIds.ToArbitrary();

    /// <summary>Listed demand categories.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DemandCategory> DemandCategory() => DemandGenerators.Categories.ToArbitrary();

    /// <summary>Deadline policies with some categories changed from the default.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DemandDeadlines> DemandDeadlines() => DeadlineGenerators.Policies.ToArbitrary();

    /// <summary>Service catalogues of 0 to 12 services.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ServiceCatalogue> ServiceCatalogue() => CatalogueGenerators.Catalogues.ToArbitrary();

    /// <summary>Intakes of every channel and urgency.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DemandIntake> DemandIntake() => CatalogueGenerators.Intakes.ToArbitrary();

    /// <summary>Demand scenarios, shrinking by dropping commands from the end.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DemandScenario> DemandScenario() => Arb.From(DemandGenerators.Scenarios, ShrinkCommands);

    private static IEnumerable<DemandScenario> ShrinkCommands(DemandScenario scenario)
    {
        var count = scenario.Commands.Count;
        if (count == 0)
        {
            yield break;
        }

        yield return scenario with { Commands = scenario.Commands.Take(count / 2).ToArray() };
        if (count - 1 != count / 2)
        {
            yield return scenario with { Commands = scenario.Commands.Take(count - 1).ToArray() };
        }
    }
}
