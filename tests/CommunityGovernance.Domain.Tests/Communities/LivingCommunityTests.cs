using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CommunityGovernance.Domain.Tests.Communities;

public sealed class LivingCommunityTests
{
    private static readonly CompoundId s_compound = new("GY-01");
    private static readonly CourtyardId s_courtyard = new("GY-01-Y1");

    private static LivingCommunity Guanghua()
    {
        var community = LivingCommunity.Found(new LivingCommunityId("GUANGHUA"), "光华逸家", TestTime.Start);
        community.AddCompound(s_compound, "光华逸家一期", TestTime.Start);
        community.AddCourtyard(s_courtyard, s_compound, "桂花院", TestTime.Start);
        community.AddBuilding(new BuildingId("GY-01-B1"), s_compound, s_courtyard, "1栋", TestTime.Start);
        community.AddBuilding(new BuildingId("GY-01-B2"), s_compound, null, "2栋", TestTime.Start);
        return community;
    }

    [Fact]
    public void A_living_community_holds_compounds_courtyards_and_buildings()
    {
        var community = Guanghua();
        var snapshot = community.ToSnapshot();

        Assert.Single(snapshot.Compounds);
        Assert.Single(snapshot.Courtyards);
        Assert.Equal([new BuildingId("GY-01-B1"), new BuildingId("GY-01-B2")], community.BuildingsOf(s_compound));
        Assert.True(community.HasBuilding(new BuildingId("GY-01-B2")));
        Assert.Equal(s_courtyard, snapshot.Buildings[0].Courtyard);
    }

    [Fact]
    public void Adding_a_unit_twice_is_refused_and_changes_nothing()
    {
        var community = Guanghua();
        var before = community.ToSnapshot();

        Assert.Equal(CommunityRules.LivingUnitIsAddedOnce, Assert.Throws<DomainRuleViolationException>(() => community.AddCompound(s_compound, "again", TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.LivingUnitIsAddedOnce, Assert.Throws<DomainRuleViolationException>(() => community.AddCourtyard(s_courtyard, s_compound, "again", TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.LivingUnitIsAddedOnce, Assert.Throws<DomainRuleViolationException>(() => community.AddBuilding(new BuildingId("GY-01-B1"), s_compound, null, "again", TestTime.Start)).Rule);
        Assert.Equal(before, community.ToSnapshot());
    }

    [Fact]
    public void Units_lie_in_known_compounds_and_their_own_courtyards()
    {
        var community = Guanghua();
        community.AddCompound(new CompoundId("GY-02"), "二期", TestTime.Start);
        var before = community.ToSnapshot();

        Assert.Equal(CommunityRules.CompoundIsPartOfCommunity, Assert.Throws<DomainRuleViolationException>(() => community.AddBuilding(new BuildingId("X"), new CompoundId("NOPE"), null, "x", TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.CompoundIsPartOfCommunity, Assert.Throws<DomainRuleViolationException>(() => community.AddCourtyard(new CourtyardId("Y"), new CompoundId("NOPE"), "y", TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.CourtyardLiesInCompound, Assert.Throws<DomainRuleViolationException>(() => community.AddBuilding(new BuildingId("X"), new CompoundId("GY-02"), s_courtyard, "x", TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.CourtyardLiesInCompound, Assert.Throws<DomainRuleViolationException>(() => community.AddBuilding(new BuildingId("X"), s_compound, new CourtyardId("NOPE"), "x", TestTime.Start)).Rule);
        Assert.Equal(before, community.ToSnapshot());
    }

    [Fact]
    public void Missing_ids_and_blank_names_are_refused()
    {
        Assert.Equal(CommunityRules.LivingCommunityIdIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => LivingCommunity.Found(default, "x", TestTime.Start)).Rule);
        Assert.Equal(KernelRules.TextIsRequired, Assert.Throws<DomainRuleViolationException>(() => LivingCommunity.Found(new LivingCommunityId("A"), " ", TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.BuildingIdIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => Guanghua().AddBuilding(default, s_compound, null, "x", TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.CompoundIdIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => Guanghua().AddCompound(default, "x", TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.BuildingIdIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => new BuildingId("a b")).Rule);
    }

    [Fact]
    public void A_household_register_entry_never_prints_its_personal_data()
    {
        var entry = new HouseholdRegisterEntry(new BuildingId("GY-01-B1"), "2-301", new ActorId("R-0042"), "张秀英", "13800000000");

        var text = entry.ToString();

        Assert.DoesNotContain("张秀英", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000000", text, StringComparison.Ordinal);
        Assert.Contains("R-0042", text, StringComparison.Ordinal);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(CommunityArbitraries) })]
    public Property A_living_community_rebuilt_from_its_events_equals_the_live_one(LivingCommunityId id, BuildingId[] buildings)
    {
        var community = LivingCommunity.Found(id, "小区", TestTime.Start);
        community.AddCompound(s_compound, "一期", TestTime.Start);
        community.AddCourtyard(s_courtyard, s_compound, "院", TestTime.Start);
        foreach (var (building, i) in buildings.Distinct().Select((b, i) => (b, i)))
        {
            community.AddBuilding(building, s_compound, i % 2 == 0 ? s_courtyard : null, $"{i}栋", TestTime.Minutes(i));
        }

        var rebuilt = LivingCommunity.FromHistory(community.PendingEvents);
        return (rebuilt.ToSnapshot() == community.ToSnapshot()).Label(id.ToString());
    }

    [ScaledProperty(Arbitrary = new[] { typeof(CommunityArbitraries) })]
    public Property A_household_register_entry_never_prints_a_personal_datum(HouseholdRegisterEntry entry)
    {
        var text = entry.ToString();
        return (!text.Contains(entry.Name, StringComparison.Ordinal) && !text.Contains(entry.Phone, StringComparison.Ordinal)).Label(text);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(CommunityArbitraries) })]
    public Property Under_random_additions_every_unit_lies_where_it_should_and_refusals_change_nothing(LivingCommunityId id)
    {
        return Prop.ForAll(Arb.From(LivingCommunityGenerators.Commands), steps =>
        {
            var community = LivingCommunity.Found(id, "小区", TestTime.Start);
            var problems = new List<string>();
            foreach (var step in steps)
            {
                var before = community.ToSnapshot();
                if (Record.Exception(() => step.ApplyTo(community, TestTime.Start)) is DomainRuleViolationException && community.ToSnapshot() != before)
                {
                    problems.Add($"refused {step} changed the community");
                }
            }

            var snapshot = community.ToSnapshot();
            var compounds = snapshot.Compounds.Select(c => c.Id).ToHashSet();
            var courtyards = snapshot.Courtyards.ToDictionary(c => c.Id, c => c.Compound);
            var valid = snapshot.Courtyards.All(y => compounds.Contains(y.Compound))
                        && snapshot.Buildings.All(b => compounds.Contains(b.Compound) && (b.Courtyard is not { } y || courtyards[y] == b.Compound))
                        && snapshot.Buildings.Select(b => b.Id).Distinct().Count() == snapshot.Buildings.Count
                        && LivingCommunity.FromHistory(community.PendingEvents).ToSnapshot() == snapshot;
            return (valid && problems.Count == 0).Label(string.Join("; ", problems));
        });
    }
}
