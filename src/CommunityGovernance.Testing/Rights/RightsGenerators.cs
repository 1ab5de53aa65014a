using System.Globalization;
using CommunityGovernance.Actors;
using CommunityGovernance.Rights;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.Rights;

/// <summary>
/// FsCheck generators for governance rights (治理权): powers, allowances, ids, and whole random histories of
/// grants, delegation trees, revocations and integrations over random hierarchies.
/// </summary>
public static class RightsGenerators
{
    /// <summary>The deepest delegation chain a <see cref="Scenario"/> grows: the original right plus five delegations.</summary>
    public const int MaxDelegationDepth = 6;

    /// <summary>The most steps a <see cref="Scenario"/> plays, so that a default run stays quick.</summary>
    public const int MaxSteps = 60;

    /// <summary>One of the four powers.</summary>
    public static Gen<GovernancePower> Power { get; } =
        Gen.Elements(GovernancePower.ResourceAllocation, GovernancePower.TaskSetting, GovernancePower.TimeScheduling, GovernancePower.InspectionAndAssessment);

    /// <summary>Any set of powers, the empty one included.</summary>
    public static Gen<GovernancePowers> Powers { get; } = Gen.Choose(0, 15).Select(bits => GovernancePowers.FromBits((byte)bits));

    /// <summary>A set of at least one power, as every right confers.</summary>
    public static Gen<GovernancePowers> NonEmptyPowers { get; } = Gen.Choose(1, 15).Select(bits => GovernancePowers.FromBits((byte)bits));

    /// <summary>A resource allowance with every amount between 0 and 1,000,000.</summary>
    public static Gen<ResourceAllowance> Allowance { get; } =
        Gen.Four(Gen.Choose(0, 1_000_000)).Select(a => new ResourceAllowance(a.Item1, a.Item2, a.Item3, a.Item4));

    /// <summary>A well-formed right id such as <c>R-42</c>.</summary>
    public static Gen<GovernanceRightId> RightId { get; } =
        Gen.Choose(0, 999_999).Select(n => new GovernanceRightId(string.Create(CultureInfo.InvariantCulture, $"R-{n}")));

    /// <summary>A tool of the catalogue.</summary>
    public static Gen<GovernanceTool> Tool { get; } = Gen.Elements(GovernanceToolCatalogue.All.ToArray());

    /// <summary>A technique applying one to all five tools, each once.</summary>
    public static Gen<GovernanceTechnique> Technique { get; } =
        Gen.Shuffle(GovernanceToolCatalogue.All.ToArray())
            .SelectMany(tools => Gen.Choose(1, tools.Length).Select(n => new GovernanceTechnique(string.Create(CultureInfo.InvariantCulture, $"technique of {n}"), tools.Take(n))));

    /// <summary>A well-formed arrangement id such as <c>GA-7</c>.</summary>
    public static Gen<GovernanceArrangementId> ArrangementId { get; } =
        Gen.Choose(0, 9_999).Select(n => new GovernanceArrangementId(string.Create(CultureInfo.InvariantCulture, $"GA-{n}")));

    /// <summary>
    /// A random history over a random hierarchy of one or two districts: grants at every level, integration-born
    /// rights on both sides, delegation trees up to <see cref="MaxDelegationDepth"/> deep with lawful and unlawful
    /// attempts, revocations and validity cuts; at most <see cref="MaxSteps"/> steps.
    /// </summary>
    public static Gen<RightsScenario> Scenario { get; } =
        Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.ArrayOf(Gen.Choose(0, int.MaxValue)))
            .Select(t => RightsScenarioBuilder.Build(t.Item1, [.. t.Item2.Take(MaxSteps)]));

    /// <summary>Shrinks a scenario by dropping steps: first the second half, then single steps.</summary>
    /// <param name="scenario">The failing scenario.</param>
    /// <returns>Smaller scenarios with the same seed.</returns>
    public static IEnumerable<RightsScenario> ShrinkScenario(RightsScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var steps = scenario.Steps;
        if (steps.Count == 0)
        {
            yield break;
        }

        yield return RightsScenarioBuilder.Build(scenario.Seed, [.. steps.Take(steps.Count / 2)]);
        for (var i = steps.Count - 1; i >= 0 && i >= steps.Count - 20; i--)
        {
            yield return RightsScenarioBuilder.Build(scenario.Seed, [.. steps.Take(i).Concat(steps.Skip(i + 1))]);
        }
    }
}
