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
/// model comparisons in their areas' tests.)
/// </summary>
public sealed class ModelBasedTests
{
    private static readonly Instant s_at = Instant.FromUtc(2025, 1, 1, 0, 0);

    public static Arbitrary<LivingCommunityStep[]> LivingSteps() => LivingCommunityGenerators.Steps.ToArbitrary();

    public static Arbitrary<(AreaCode District, AreaCode[] Codes)> Establishments() =>
        CommunityGenerators.DistrictCode.SelectMany(d => HierarchyGenerators.Establishments(d).Select(codes => (d, codes))).ToArbitrary();

    // Five actors only, so that joining twice (refused) is frequent.
    public static Arbitrary<ActorId[]> Joins() =>
        Gen.Choose(0, 30).SelectMany(n => Gen.ArrayOf(Gen.Elements(ActorGenerators.ActorIds.Sample(5, new Rnd(20261201UL, 17UL), 10)), n)).ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(ModelBasedTests)])]
    public Property A_living_community_follows_its_model_step_by_step(LivingCommunityStep[] steps)
    {
        var community = LivingCommunity.Found(new LivingCommunityId("GY-MODEL"), "光华社区", s_at);
        var compounds = new HashSet<CompoundId>();
        var courtyards = new Dictionary<CourtyardId, CompoundId>();
        var buildings = new Dictionary<BuildingId, (CompoundId Compound, CourtyardId? Courtyard)>();

        return Follows(community, c => c.ToSnapshot(), steps, step =>
        {
            switch (step)
            {
                case LivingCommunityStep.AddCompound s:
                    return compounds.Add(s.Compound);
                case LivingCommunityStep.AddCourtyard s when !courtyards.ContainsKey(s.Courtyard) && compounds.Contains(s.Compound):
                    courtyards.Add(s.Courtyard, s.Compound);
                    return true;
                case LivingCommunityStep.AddBuilding s when !buildings.ContainsKey(s.Building) && compounds.Contains(s.Compound)
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

        return Follows(district, d => d.ToSnapshot(), codes, unit => unit.Level == AdministrativeLevel.Street
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
        var arrangement = GovernanceArrangement.Make(new GovernanceArrangementId("GA-MODEL"), CommunityUnit.Administrative(AreaCode.Parse("510115001001")), s_at);
        var participants = new HashSet<ActorId>();

        return Follows(arrangement, a => a.ToSnapshot(), joins, participants.Add, (a, actor, at) => a.Join(actor, at),
            a => a.ToSnapshot().Participants.SequenceEqual(participants.Order()));
    }

    /// <summary>
    /// Runs <paramref name="steps"/> on the aggregate. <paramref name="model"/> predicts whether a step is accepted
    /// (and updates the model when it is); a refused step must leave the snapshot and pending events unchanged; after
    /// every step <paramref name="agrees"/> compares aggregate and model. (Rebuilding from events is covered for
    /// every aggregate in <see cref="SerializationRoundTripTests"/>.)
    /// </summary>
    private static Property Follows<TAggregate, TStep>(
        TAggregate aggregate,
        Func<TAggregate, object> snapshot,
        IReadOnlyList<TStep> steps,
        Func<TStep, bool> model,
        Action<TAggregate, TStep, Instant> apply,
        Func<TAggregate, bool> agrees)
        where TAggregate : AggregateRoot
    {
        var at = s_at;
        for (var i = 0; i < steps.Count; i++)
        {
            at += Duration.FromMinutes(1);
            var before = snapshot(aggregate);
            var pending = aggregate.PendingEvents.Count;
            string? refusal = null;
            try
            {
                apply(aggregate, steps[i], at);
            }
            catch (DomainRuleViolationException e)
            {
                refusal = e.Rule;
            }

            var expected = model(steps[i]);
            if (expected != (refusal is null))
            {
                return false.Label($"step {i} ({steps[i]}): model says {(expected ? "accept" : "refuse")}, aggregate {(refusal is null ? "accepted" : "refused (" + refusal + ")")}");
            }

            if (refusal is not null && (!Equals(snapshot(aggregate), before) || aggregate.PendingEvents.Count != pending))
            {
                return false.Label($"step {i} ({steps[i]}) was refused ({refusal}) but changed the aggregate");
            }

            if (!agrees(aggregate))
            {
                return false.Label($"after step {i} ({steps[i]}) the aggregate and the model disagree");
            }
        }

        return true.ToProperty();
    }
}
