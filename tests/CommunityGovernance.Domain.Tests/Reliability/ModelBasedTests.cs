using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Actors;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Reliability;

/// <summary>
/// Stateful properties: random sequences of valid and invalid commands, each step checked against a plain model of
/// what the aggregate should accept and hold. After every step the aggregate agrees with the model; a refused
/// step leaves the full snapshot and the pending events exactly as they were. (Coverage and rights have their own
/// model comparisons in their areas' tests; the crossings, programme fulfilments, participation profiles, demands
/// and actors have theirs beside this class.)
/// </summary>
public sealed class ModelBasedTests
{
    private static readonly Instant s_at = StepByStep.Start;

    public static Arbitrary<LivingCommunityCommand[]> LivingSteps() => LivingCommunityGenerators.Commands.ToArbitrary();

    public static Arbitrary<(AreaCode District, AreaCode[] Codes)> Establishments() =>
        CommunityGenerators.DistrictCode.SelectMany(d => HierarchyGenerators.Establishments(d).Select(codes => (d, codes))).ToArbitrary();

    // Five actors only, so that joining twice (refused) is frequent.
    public static Arbitrary<ActorId[]> Joins() =>
        Gen.Choose(0, 30).SelectMany(n => Gen.ArrayOf(Gen.Elements(ActorGenerators.ActorIds.Sample(5, new Rnd(20261201UL, 17UL), 10)), n)).ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(ModelBasedTests)])]
    public Property A_living_community_follows_its_model_step_by_step(LivingCommunityCommand[] steps)
    {
        var community = LivingCommunity.Found(new LivingCommunityId("GY-MODEL"), "光华社区", s_at);
        var compounds = new HashSet<CompoundId>();
        var courtyards = new Dictionary<CourtyardId, CompoundId>();
        var buildings = new Dictionary<BuildingId, (CompoundId Compound, CourtyardId? Courtyard)>();

        return StepByStep.Follows(community, c => c.ToSnapshot(), steps, (step, _) =>
        {
            switch (step)
            {
                case LivingCommunityCommand.AddCompound s:
                    return compounds.Add(s.Compound);
                case LivingCommunityCommand.AddCourtyard s when !courtyards.ContainsKey(s.Courtyard) && compounds.Contains(s.Compound):
                    courtyards.Add(s.Courtyard, s.Compound);
                    return true;
                case LivingCommunityCommand.AddBuilding s when !buildings.ContainsKey(s.Building) && compounds.Contains(s.Compound)
                    && (s.Courtyard is not { } yard || (courtyards.TryGetValue(yard, out var of) && of == s.Compound)):
                    buildings.Add(s.Building, (s.Compound, s.Courtyard));
                    return true;
                default:
                    return false;
            }
        },
        (c, step, at) => step.ApplyTo(c, at),
        c => c.ToSnapshot() is var snapshot
            && snapshot.Compounds.Select(e => e.Id).ToHashSet().SetEquals(compounds)
            && snapshot.Courtyards.ToDictionary(e => e.Id, e => e.Compound).OrderBy(p => p.Key).SequenceEqual(courtyards.OrderBy(p => p.Key))
            && snapshot.Buildings.ToDictionary(e => e.Id, e => (e.Compound, e.Courtyard)).OrderBy(p => p.Key).SequenceEqual(buildings.OrderBy(p => p.Key)));
    }

    [ScaledProperty(Arbitrary = [typeof(ModelBasedTests)])]
    public Property A_district_follows_its_model_step_by_step((AreaCode District, AreaCode[] Codes) establishments)
    {
        var (code, codes) = establishments;
        var district = District.Establish(code, "区", s_at);
        var streets = new HashSet<AreaCode>();
        var communities = new HashSet<AreaCode>();

        return StepByStep.Follows(district, d => d.ToSnapshot(), codes, (unit, _) => unit.Level == AdministrativeLevel.Street
                ? unit.Parent == code && streets.Add(unit)
                : streets.Contains(unit.Parent) && communities.Add(unit),
            (d, unit, at) =>
            {
                if (unit.Level == AdministrativeLevel.Street)
                {
                    d.EstablishStreet(unit, "街道", at);
                }
                else
                {
                    d.EstablishCommunity(new AdministrativeCommunityId(unit), "社区", at);
                }
            },
            d => d.ToSnapshot() is var snapshot
                && snapshot.Streets.Select(s => s.Code).ToHashSet().SetEquals(streets)
                && snapshot.Communities.Select(c => c.Code).ToHashSet().SetEquals(communities)
                && snapshot.Communities.All(c => streets.Contains(c.Code.Parent)));
    }

    [ScaledProperty(Arbitrary = [typeof(ModelBasedTests)])]
    public Property A_governance_arrangement_follows_its_model_step_by_step(ActorId[] joins)
    {
        var arrangement = GovernanceArrangement.Make(new GovernanceArrangementId("GA-MODEL"), CommunityUnit.Administrative(AreaCode.Parse("510115001001")), EverythingExists.Directory, s_at);
        var participants = new HashSet<ActorId>();

        return StepByStep.Follows(arrangement, a => a.ToSnapshot(), joins, (actor, _) => participants.Add(actor), (a, actor, at) => a.Join(actor, at),
            a => a.ToSnapshot().Participants.SequenceEqual(participants.Order()));
    }
}
