using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CommunityGovernance.Domain.Tests.Communities;

public sealed class DistrictTests
{
    private static District Wenjiang()
    {
        var district = District.Establish(AreaCode.Parse("510115"), "温江区", TestTime.Start);
        district.EstablishStreet(AreaCode.Parse("510115001"), "柳城街道", TestTime.Start);
        district.EstablishCommunity(AdministrativeCommunityId.Parse("510115001001"), "和平社区居委会", TestTime.Start);
        return district;
    }

    [Fact]
    public void A_district_lists_its_streets_and_their_communities()
    {
        var district = Wenjiang();

        Assert.Equal([AreaCode.Parse("510115001")], district.Streets);
        Assert.Equal([AdministrativeCommunityId.Parse("510115001001")], district.CommunitiesOf(AreaCode.Parse("510115001")));
        Assert.Equal([AdministrativeCommunityId.Parse("510115001001")], district.Communities);
        Assert.True(district.Contains(AdministrativeCommunityId.Parse("510115001001")));
        Assert.True(district.TryGetName(AreaCode.Parse("510115001001"), out var name));
        Assert.Equal("和平社区居委会", name);
        Assert.Equal(3, district.PendingEvents.Count);
    }

    [Theory]
    [InlineData("51", CommunityRules.DistrictCodeIsDistrictLevel)]
    [InlineData("510115001", CommunityRules.DistrictCodeIsDistrictLevel)]
    public void A_district_is_named_by_a_district_code(string code, string rule)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => District.Establish(AreaCode.Parse(code), "x", TestTime.Start));
        Assert.Equal(rule, error.Rule);
    }

    [Fact]
    public void A_district_needs_a_name()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => District.Establish(AreaCode.Parse("510115"), "  ", TestTime.Start));
        Assert.Equal(KernelRules.TextIsRequired, error.Rule);
    }

    [Theory]
    [InlineData("510116001", CommunityRules.StreetLiesInDistrict)]
    [InlineData("510115001001", CommunityRules.StreetLiesInDistrict)]
    [InlineData("510115001", CommunityRules.UnitIsEstablishedOnce)]
    public void A_street_lies_in_its_district_and_is_established_once(string code, string rule)
    {
        var district = Wenjiang();
        var before = district.ToSnapshot();

        var error = Assert.Throws<DomainRuleViolationException>(() => district.EstablishStreet(AreaCode.Parse(code), "街道", TestTime.Start));

        Assert.Equal(rule, error.Rule);
        Assert.Equal(before, district.ToSnapshot());
    }

    [Theory]
    [InlineData("510115002001", CommunityRules.CommunityStreetIsEstablished)]
    [InlineData("510115001001", CommunityRules.UnitIsEstablishedOnce)]
    public void A_community_needs_its_street_and_is_established_once(string code, string rule)
    {
        var district = Wenjiang();
        var before = district.ToSnapshot();

        var error = Assert.Throws<DomainRuleViolationException>(() => district.EstablishCommunity(AdministrativeCommunityId.Parse(code), "社区", TestTime.Start));

        Assert.Equal(rule, error.Rule);
        Assert.Equal(before, district.ToSnapshot());
    }

    [Fact]
    public void A_missing_community_id_is_refused()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => Wenjiang().EstablishCommunity(default, "社区", TestTime.Start));
        Assert.Equal(CommunityRules.AdministrativeCommunityIdIsCommunityLevel, error.Rule);
    }

    [Fact]
    public void A_history_must_start_with_the_establishment()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => District.FromHistory([new StreetEstablished(TestTime.Start, AreaCode.Parse("510115001"), "柳城街道")]));
        Assert.Equal("HistoryBelongsToAggregate", error.Rule);
    }

    [Theory]
    [InlineData("510115002001", CommunityRules.CommunityStreetIsEstablished)]
    [InlineData("510115001001", CommunityRules.UnitIsEstablishedOnce)]
    public void A_history_that_breaks_the_hierarchy_is_refused(string community, string rule)
    {
        var history = Wenjiang().PendingEvents.Append(new AdministrativeCommunityEstablished(TestTime.Start, AdministrativeCommunityId.Parse(community), "社区"));

        var error = Assert.Throws<DomainRuleViolationException>(() => District.FromHistory(history));

        Assert.Equal(rule, error.Rule);
    }

    [Fact]
    public void A_history_that_establishes_a_street_twice_is_refused()
    {
        var history = Wenjiang().PendingEvents.Append(new StreetEstablished(TestTime.Start, AreaCode.Parse("510115001"), "柳城街道"));

        Assert.Equal(CommunityRules.UnitIsEstablishedOnce, Assert.Throws<DomainRuleViolationException>(() => District.FromHistory(history)).Rule);
    }

    [Fact]
    public void Communities_established_out_of_code_order_are_listed_in_code_order()
    {
        var district = Wenjiang();
        district.EstablishCommunity(AdministrativeCommunityId.Parse("510115001003"), "三", TestTime.Start);
        district.EstablishCommunity(AdministrativeCommunityId.Parse("510115001002"), "二", TestTime.Start);

        Assert.Equal(
            ["510115001001", "510115001002", "510115001003"],
            district.CommunitiesOf(AreaCode.Parse("510115001")).Select(c => c.AreaCode.ToTwelveDigitString()));
        Assert.True(district.TryGetName(AreaCode.Parse("510115001002"), out var name));
        Assert.Equal("二", name);
        Assert.False(district.TryGetName(AreaCode.Parse("510115001004"), out _));
        Assert.False(district.TryGetName(AreaCode.Parse("510115002001"), out _));
        Assert.Equal(3, district.CommunityCount);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(CommunityArbitraries) })]
    public Property A_district_rebuilt_from_its_events_equals_the_live_one(AreaCode seed, PositiveInt streets, PositiveInt communities)
    {
        var districtCode = seed.Level == AdministrativeLevel.District ? seed : seed.Level == AdministrativeLevel.Street ? seed.Parent : seed.Parent.Parent;
        var district = District.Establish(districtCode, "区", TestTime.Start);
        var streetCodes = Enumerable.Range(1, 1 + (streets.Get % 5)).Select(i => AreaCode.Parse($"{districtCode}{i:D3}")).ToList();
        foreach (var street in streetCodes)
        {
            district.EstablishStreet(street, "街道", TestTime.Start);
        }

        for (var i = 1; i <= communities.Get % 20; i++)
        {
            district.EstablishCommunity(AdministrativeCommunityId.Parse($"{streetCodes[i % streetCodes.Count]}{i:D3}"), "社区", TestTime.Minutes(i));
        }

        var rebuilt = District.FromHistory(district.PendingEvents);
        return (rebuilt.ToSnapshot() == district.ToSnapshot() && rebuilt.Version == district.Version).Label(districtCode.ToString());
    }

    [ScaledProperty(Arbitrary = new[] { typeof(CommunityArbitraries) })]
    public Property Under_random_establishments_the_hierarchy_stays_valid_and_refusals_change_nothing(AreaCode seed)
    {
        var districtCode = seed.Level == AdministrativeLevel.District ? seed : seed.Level == AdministrativeLevel.Street ? seed.Parent : seed.Parent.Parent;
        return Prop.ForAll(Arb.From(HierarchyGenerators.Establishments(districtCode)), codes =>
        {
            var district = District.Establish(districtCode, "区", TestTime.Start);
            var problems = new List<string>();
            foreach (var code in codes)
            {
                var before = district.ToSnapshot();
                var streetKnown = before.Streets.Any(s => s.Code == code || s.Code == code.Parent);
                var duplicate = before.Streets.Any(s => s.Code == code) || before.Communities.Any(c => c.Code == code);
                var expected = !duplicate && (code.Level == AdministrativeLevel.Street ? code.Parent == districtCode : streetKnown);
                var refused = Record.Exception(() =>
                {
                    if (code.Level == AdministrativeLevel.Street)
                    {
                        district.EstablishStreet(code, "街道", TestTime.Start);
                    }
                    else
                    {
                        district.EstablishCommunity(new AdministrativeCommunityId(code), "社区", TestTime.Start);
                    }
                }) is DomainRuleViolationException;

                if (refused == expected || (refused && district.ToSnapshot() != before))
                {
                    problems.Add($"{code}: expected {(expected ? "accepted" : "refused")}, or a refusal left a trace");
                }
            }

            var snapshot = district.ToSnapshot();
            var streets = snapshot.Streets.Select(s => s.Code).ToHashSet();
            var valid = snapshot.Streets.All(s => s.Code.Parent == districtCode)
                        && snapshot.Communities.All(c => streets.Contains(c.Code.Parent))
                        && snapshot.Communities.Select(c => c.Code).Distinct().Count() == snapshot.Communities.Count
                        && district.Communities.Order().SequenceEqual(snapshot.Communities.Select(c => new AdministrativeCommunityId(c.Code)))
                        && district.Communities.Order().SequenceEqual(district.Streets.SelectMany(district.CommunitiesOf))
                        && District.FromHistory(district.PendingEvents).ToSnapshot() == snapshot;
            return (valid && problems.Count == 0).Label(string.Join("; ", problems));
        });
    }
}
