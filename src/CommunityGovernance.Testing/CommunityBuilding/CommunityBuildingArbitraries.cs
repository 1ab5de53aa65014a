using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.CommunityBuilding;

/// <summary>FsCheck 3 arbitraries for community building, for <c>[Property(Arbitrary = new[] { typeof(CommunityBuildingArbitraries) })]</c>.</summary>
public static class CommunityBuildingArbitraries
{
    /// <summary>Whole community-building scenarios.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CommunityBuildingScenario> CommunityBuildingScenario() => Arb.From(CommunityBuildingGenerators.Scenario);
}
