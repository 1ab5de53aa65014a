using CommunityGovernance.Actors;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Actors;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.Rights;

/// <summary>
/// FsCheck arbitraries for governance rights, to name in a property:
/// <c>[Property(Arbitrary = new[] { typeof(RightsArbitraries) })]</c>.
/// </summary>
public static class RightsArbitraries
{
    /// <summary>Any set of powers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GovernancePowers> Powers() => RightsGenerators.Powers.ToArbitrary();

    /// <summary>One of the four powers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GovernancePower> Power() => RightsGenerators.Power.ToArbitrary();

    /// <summary>A resource allowance.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ResourceAllowance> Allowance() => RightsGenerators.Allowance.ToArbitrary();

    /// <summary>A well-formed right id.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GovernanceRightId> RightId() => RightsGenerators.RightId.ToArbitrary();

    /// <summary>A well-formed actor id from a small pool.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ActorId> Actor() => ActorGenerators.ActorIdsFrom(12).ToArbitrary();

    /// <summary>A tool of the catalogue.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GovernanceTool> Tool() => RightsGenerators.Tool.ToArbitrary();

    /// <summary>A well-formed technique.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GovernanceTechnique> Technique() => RightsGenerators.Technique.ToArbitrary();

    /// <summary>A well-formed arrangement id.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GovernanceArrangementId> ArrangementId() => RightsGenerators.ArrangementId.ToArbitrary();

    /// <summary>A random history of rights over a random hierarchy, shrinking by dropping steps.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RightsScenario> Scenario() => Arb.From(RightsGenerators.Scenario, RightsGenerators.ShrinkScenario);
}
