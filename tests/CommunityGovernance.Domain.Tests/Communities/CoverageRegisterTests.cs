using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CommunityGovernance.Domain.Tests.Communities;

public sealed class CoverageRegisterTests
{
    private static readonly AdministrativeCommunityId s_heping = AdministrativeCommunityId.Parse("510115001001");
    private static readonly AdministrativeCommunityId s_huangjinlu = AdministrativeCommunityId.Parse("510115001002");
    private static readonly LivingCommunityId s_guanghua = new("GUANGHUA");
    private static readonly LivingCommunityId s_jinma = new("JINMA");
    private static readonly District s_district = CoverageFixtures.DistrictWith(AreaCode.Parse("510115"), s_heping, s_huangjinlu);
    private static readonly LivingCommunity s_guanghuaCompound = CoverageFixtures.LivingWith(s_guanghua, "GH-1", "GH-2", "GH-9");
    private static readonly LivingCommunity s_jinmaCompound = CoverageFixtures.LivingWith(s_jinma, "JM-1", "X");

    private static CoverageRegister Wenjiang()
    {
        var register = CoverageRegister.Open(AreaCode.Parse("510115"), EverythingExists.Directory, TestTime.Start);
        register.PlaceBuilding(new BuildingId("GH-1"), s_guanghuaCompound, s_heping, s_district, TestTime.Start);
        register.PlaceBuilding(new BuildingId("GH-2"), s_guanghuaCompound, s_huangjinlu, s_district, TestTime.Start);
        register.PlaceBuilding(new BuildingId("JM-1"), s_jinmaCompound, s_heping, s_district, TestTime.Start);
        return register;
    }

    [Fact]
    public void Coverage_answers_both_ways()
    {
        var register = Wenjiang();

        Assert.Equal([s_guanghua, s_jinma], register.LivingCommunitiesCoveredBy(s_heping));
        Assert.Equal([s_guanghua], register.LivingCommunitiesCoveredBy(s_huangjinlu));
        Assert.Equal([s_heping, s_huangjinlu], register.JurisdictionsSpannedBy(s_guanghua));
        Assert.Equal([s_heping], register.JurisdictionsSpannedBy(s_jinma));
        Assert.Equal([new BuildingId("GH-1"), new BuildingId("JM-1")], register.BuildingsIn(s_heping));
    }

    [Fact]
    public void A_compound_spans_the_jurisdictions_of_its_buildings()
    {
        var living = LivingCommunity.Found(s_guanghua, "光华逸家", TestTime.Start);
        living.AddCompound(new CompoundId("GH-A"), "一期", TestTime.Start);
        living.AddBuilding(new BuildingId("GH-1"), new CompoundId("GH-A"), null, "1栋", TestTime.Start);
        living.AddBuilding(new BuildingId("GH-2"), new CompoundId("GH-A"), null, "2栋", TestTime.Start);
        living.AddBuilding(new BuildingId("GH-9"), new CompoundId("GH-A"), null, "9栋, not yet placed", TestTime.Start);

        Assert.Equal([s_heping, s_huangjinlu], Wenjiang().JurisdictionsOf(living.BuildingsOf(new CompoundId("GH-A"))));
    }

    [Fact]
    public void Moving_a_building_is_a_command_with_its_own_event()
    {
        var register = Wenjiang();
        register.DequeuePendingEvents();

        register.MoveBuilding(new BuildingId("GH-2"), s_heping, s_district, TestTime.Minutes(5));

        var moved = Assert.IsType<BuildingMovedBetweenJurisdictions>(Assert.Single(register.PendingEvents));
        Assert.Equal((s_huangjinlu, s_heping, s_guanghua), (moved.From, moved.To, moved.LivingCommunity));
        Assert.True(register.TryGetJurisdiction(new BuildingId("GH-2"), out var now));
        Assert.Equal(s_heping, now);
        Assert.Equal([s_heping], register.JurisdictionsSpannedBy(s_guanghua));
        Assert.Empty(register.LivingCommunitiesCoveredBy(s_huangjinlu));
    }

    [Fact]
    public void A_building_is_never_in_two_jurisdictions()
    {
        var register = Wenjiang();
        var before = register.ToSnapshot();

        var error = Assert.Throws<DomainRuleViolationException>(() => register.PlaceBuilding(new BuildingId("GH-1"), s_guanghuaCompound, s_huangjinlu, s_district, TestTime.Start));

        Assert.Equal(CommunityRules.BuildingLiesInOneJurisdiction, error.Rule);
        Assert.Equal(before, register.ToSnapshot());
    }

    [Fact]
    public void Moves_and_withdrawals_need_a_covered_building_and_a_real_change()
    {
        var register = Wenjiang();
        var before = register.ToSnapshot();

        Assert.Equal(CommunityRules.BuildingIsCovered, Assert.Throws<DomainRuleViolationException>(() => register.MoveBuilding(new BuildingId("NOPE"), s_heping, s_district, TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.BuildingIsCovered, Assert.Throws<DomainRuleViolationException>(() => register.WithdrawBuilding(new BuildingId("NOPE"), TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.MoveChangesJurisdiction, Assert.Throws<DomainRuleViolationException>(() => register.MoveBuilding(new BuildingId("GH-1"), s_heping, s_district, TestTime.Start)).Rule);
        Assert.Equal(before, register.ToSnapshot());
    }

    [Fact]
    public void Jurisdictions_lie_in_the_register_scope()
    {
        var register = Wenjiang();
        var before = register.ToSnapshot();
        var elsewhere = AdministrativeCommunityId.Parse("510104001001");

        Assert.Equal(CommunityRules.JurisdictionLiesInScope, Assert.Throws<DomainRuleViolationException>(() => register.PlaceBuilding(new BuildingId("X"), s_jinmaCompound, elsewhere, s_district, TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.JurisdictionLiesInScope, Assert.Throws<DomainRuleViolationException>(() => register.MoveBuilding(new BuildingId("GH-1"), elsewhere, s_district, TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.JurisdictionLiesInScope, Assert.Throws<DomainRuleViolationException>(() => CoverageRegister.Open(AreaCode.Parse("510115001001"), EverythingExists.Directory, TestTime.Start)).Rule);
        Assert.Equal(before, register.ToSnapshot());
    }

    [Fact]
    public void Missing_ids_and_inputs_are_refused()
    {
        var register = Wenjiang();

        Assert.Equal(CommunityRules.BuildingIdIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => register.PlaceBuilding(default, s_jinmaCompound, s_heping, s_district, TestTime.Start)).Rule);
        Assert.Equal(KernelRules.ValueIsRequired, Assert.Throws<DomainRuleViolationException>(() => register.PlaceBuilding(new BuildingId("X"), null!, s_heping, s_district, TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.AdministrativeCommunityIdIsCommunityLevel, Assert.Throws<DomainRuleViolationException>(() => register.PlaceBuilding(new BuildingId("X"), s_jinmaCompound, default, s_district, TestTime.Start)).Rule);
        Assert.Equal(KernelRules.ValueIsRequired, Assert.Throws<DomainRuleViolationException>(() => register.PlaceBuilding(new BuildingId("X"), s_jinmaCompound, s_heping, null!, TestTime.Start)).Rule);
        Assert.Equal(KernelRules.ValueIsRequired, Assert.Throws<DomainRuleViolationException>(() => register.MoveBuilding(new BuildingId("GH-1"), s_huangjinlu, null!, TestTime.Start)).Rule);
    }

    [Fact]
    public void A_building_the_living_community_does_not_have_is_refused()
    {
        var register = Wenjiang();
        var before = register.ToSnapshot();

        var error = Assert.Throws<DomainRuleViolationException>(() => register.PlaceBuilding(new BuildingId("JM-1"), s_guanghuaCompound, s_huangjinlu, s_district, TestTime.Start));

        Assert.Equal(CommunityRules.BuildingBelongsToLivingCommunity, error.Rule);
        Assert.Contains("'GUANGHUA' has no building 'JM-1'", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, register.ToSnapshot());
    }

    [Fact]
    public void A_community_the_district_has_not_established_is_refused_for_a_placement_and_a_move()
    {
        var register = Wenjiang();
        var before = (register.ToSnapshot(), register.Version);
        var nowhere = AdministrativeCommunityId.Parse("510115001999");

        var placed = Assert.Throws<DomainRuleViolationException>(() => register.PlaceBuilding(new BuildingId("GH-9"), s_guanghuaCompound, nowhere, s_district, TestTime.Start));
        var moved = Assert.Throws<DomainRuleViolationException>(() => register.MoveBuilding(new BuildingId("GH-1"), nowhere, s_district, TestTime.Start));
        var otherDistrict = Assert.Throws<DomainRuleViolationException>(() => register.PlaceBuilding(new BuildingId("GH-9"), s_guanghuaCompound, s_heping, CoverageFixtures.DistrictWith(AreaCode.Parse("510116"), AdministrativeCommunityId.Parse("510116001001")), TestTime.Start));

        Assert.Equal(CommunityRules.JurisdictionIsEstablished, placed.Rule);
        Assert.Contains("has not established administrative community 510115001999", placed.Message, StringComparison.Ordinal);
        Assert.Equal(CommunityRules.JurisdictionIsEstablished, moved.Rule);
        Assert.Equal(CommunityRules.JurisdictionIsEstablished, otherDistrict.Rule);
        Assert.Contains("does not lie in district 510116", otherDistrict.Message, StringComparison.Ordinal);
        Assert.Equal(before, (register.ToSnapshot(), register.Version));
    }

    [ScaledProperty(Arbitrary = new[] { typeof(CommunityArbitraries) })]
    public Property Under_random_coverage_changes_every_building_has_one_jurisdiction_and_queries_agree(CoverageScenario scenario)
    {
        var register = CoverageRegister.Open(scenario.Scope, EverythingExists.Directory, TestTime.Start);
        var world = scenario.BuildWorld(TestTime.Start);
        var model = new Dictionary<BuildingId, AdministrativeCommunityId>();
        var problems = new List<string>();
        foreach (var (command, i) in scenario.Commands.Select((c, i) => (c, i)))
        {
            var before = register.ToSnapshot();
            var version = register.Version;
            var expectedToSucceed = ExpectedToSucceed(command, model, scenario);
            try
            {
                command.ApplyTo(register, world, TestTime.Minutes(i));
                ApplyToModel(command, model);
                if (!expectedToSucceed)
                {
                    problems.Add($"{command} was accepted");
                }
            }
            catch (DomainRuleViolationException)
            {
                if (expectedToSucceed)
                {
                    problems.Add($"{command} was refused");
                }

                if (register.ToSnapshot() != before || register.Version != version)
                {
                    problems.Add($"refused {command} changed the register");
                }
            }

            problems.AddRange(CoverageInvariants.Check(register));
        }

        var matchesModel = register.ToSnapshot().Buildings.ToDictionary(b => b.Building, b => b.Jurisdiction).OrderBy(p => p.Key)
            .SequenceEqual(model.OrderBy(p => p.Key));
        return (problems.Count == 0 && matchesModel).Label(string.Join("; ", problems));
    }

    [ScaledProperty(Arbitrary = new[] { typeof(CommunityArbitraries) })]
    public Property A_register_rebuilt_from_its_events_equals_the_live_one(CoverageScenario scenario)
    {
        var register = CoverageRegister.Open(scenario.Scope, EverythingExists.Directory, TestTime.Start);
        var world = scenario.BuildWorld(TestTime.Start);
        foreach (var command in scenario.Commands)
        {
            try
            {
                command.ApplyTo(register, world, TestTime.Start);
            }
            catch (DomainRuleViolationException)
            {
                // Refused commands are part of the scenario; they leave no event.
            }
        }

        var rebuilt = CoverageRegister.FromHistory(register.PendingEvents);
        return (rebuilt.ToSnapshot() == register.ToSnapshot() && rebuilt.Version == register.Version).ToProperty();
    }

    // The model of the register's rules, read from the scenario's data rather than from the world's aggregates.
    private static bool ExpectedToSucceed(CoverageCommand command, Dictionary<BuildingId, AdministrativeCommunityId> model, CoverageScenario scenario) => command switch
    {
        CoverageCommand.Place p => !model.ContainsKey(p.Building) && scenario.Has(p.LivingCommunity, p.Building)
            && p.Jurisdiction.AreaCode.IsWithin(scenario.Scope) && scenario.Established.Contains(p.Jurisdiction),
        CoverageCommand.Move m => model.TryGetValue(m.Building, out var from) && from != m.To
            && m.To.AreaCode.IsWithin(scenario.Scope) && scenario.Established.Contains(m.To),
        CoverageCommand.Withdraw w => model.ContainsKey(w.Building),
        _ => false,
    };

    private static void ApplyToModel(CoverageCommand command, Dictionary<BuildingId, AdministrativeCommunityId> model)
    {
        switch (command)
        {
            case CoverageCommand.Place p:
                model.Add(p.Building, p.Jurisdiction);
                break;
            case CoverageCommand.Move m:
                model[m.Building] = m.To;
                break;
            case CoverageCommand.Withdraw w:
                model.Remove(w.Building);
                break;
        }
    }
}
