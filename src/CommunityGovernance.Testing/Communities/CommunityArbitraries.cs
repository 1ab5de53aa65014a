using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Testing.Actors;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// FsCheck 3 arbitraries for the communities area, for <c>[Property(Arbitrary = new[] { typeof(CommunityArbitraries) })]</c>.
/// Each validating value object has its own arbitrary, so properties never see an invalid one by accident.
/// </summary>
public static class CommunityArbitraries
{
    /// <summary>Valid area codes at the district, street and community levels.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AreaCode> AreaCode() => Arb.From(Gen.OneOf(
        CommunityGenerators.DistrictCode,
        CommunityGenerators.StreetCode,
        CommunityGenerators.AdministrativeCommunityId.Select(id => id.AreaCode)));

    /// <summary>Administrative community ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AdministrativeCommunityId> AdministrativeCommunityId() => Arb.From(CommunityGenerators.AdministrativeCommunityId);

    /// <summary>Living-community ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LivingCommunityId> LivingCommunityId() => Arb.From(CommunityGenerators.LivingCommunityId);

    /// <summary>Building ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BuildingId> BuildingId() => Arb.From(CommunityGenerators.BuildingId);

    /// <summary>Residential compound ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CompoundId> CompoundId() => Arb.From(CommunityGenerators.CompoundId);

    /// <summary>Courtyard ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CourtyardId> CourtyardId() => Arb.From(CommunityGenerators.CourtyardId);

    /// <summary>Household register entries with made-up personal data.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<HouseholdRegisterEntry> HouseholdRegisterEntry() => Arb.From(CommunityGenerators.HouseholdRegisterEntry);

    /// <summary>Actor ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ActorId> ActorId() => Arb.From(ActorGenerators.ActorIds);

    /// <summary>Crossing ids.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CrossingId> CrossingId() => Arb.From(CommunityGenerators.CrossingId);

    /// <summary>Complete residents' committee channels.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ResidentsCommitteeChannel> Channel() => Arb.From(CommunityGenerators.Channel);

    /// <summary>Complete self-governing bodies.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SelfGoverningBody> SelfGoverningBody() => Arb.From(CommunityGenerators.SelfGoverningBody);

    /// <summary>Instants between 2020 and 2030.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Instant> Instant() => Arb.From(TimeGenerators.Instants);

    /// <summary>Coverage scenarios.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CoverageScenario> CoverageScenario() => Arb.From(CoverageGenerators.Scenario);

    /// <summary>Grid-map scenarios, shrinking by dropping commands from the end, then one at a time.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GridScenario> GridScenario() => Arb.From(GridGenerators.Scenario, ShrinkCommands);

    private static IEnumerable<GridScenario> ShrinkCommands(GridScenario scenario)
    {
        var commands = scenario.Commands;
        if (commands.Count == 0)
        {
            yield break;
        }

        yield return scenario with { Commands = [.. commands.Take(commands.Count / 2)] };
        for (var i = commands.Count - 1; i >= 0; i--)
        {
            yield return scenario with { Commands = [.. commands.Take(i), .. commands.Skip(i + 1)] };
        }
    }

    /// <summary>Lawful personal-information access requests; use <see cref="CrossingGenerators.UnlawfulAccessRequest"/> for the others.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PersonalInformationAccessRequest> PersonalInformationAccessRequest() => Arb.From(CrossingGenerators.LawfulAccessRequest);
}
