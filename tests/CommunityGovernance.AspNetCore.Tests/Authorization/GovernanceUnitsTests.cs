using CommunityGovernance.AspNetCore.Authorization;
using CommunityGovernance.AspNetCore.Diagnostics;
using CommunityGovernance.Communities;
using CommunityGovernance.Testing.Actors;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Http;

namespace CommunityGovernance.AspNetCore.Tests.Authorization;

public sealed class GovernanceUnitsTests
{
    public static Arbitrary<CommunityUnit> Units() => UnitGenerators.Units.ToArbitrary();

    // The text a tag or a route carries reads back as the same unit, on the same side.
    [ScaledProperty(Arbitrary = [typeof(GovernanceUnitsTests)])]
    public Property A_unit_s_text_reads_back_as_the_same_unit(CommunityUnit unit)
    {
        var text = GovernanceTelemetry.UnitText(unit);
        return (GovernanceUnits.TryParse(text, out var read) && read == unit && read.Side == unit.Side).Label(text);
    }

    [Theory]
    [InlineData("510115001001", true)]
    [InlineData("administrative:510115001", true)]
    [InlineData("living:GUANGHUA-YIJIA", true)]
    [InlineData("living:", false)]
    [InlineData("51011500100", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Text_names_a_unit_only_when_well_formed(string? text, bool named)
    {
        Assert.Equal(named, GovernanceUnits.TryParse(text, out _));
    }

    [Fact]
    public void A_route_names_its_unit_by_unit_then_area_code_then_living_community()
    {
        var http = new DefaultHttpContext();
        Assert.Null(GovernanceUnits.FromRoute(http));

        http.Request.RouteValues["livingCommunity"] = "GUANGHUA-YIJIA";
        Assert.Equal(CommunityUnit.Living(new LivingCommunityId("GUANGHUA-YIJIA")), GovernanceUnits.FromRoute(http));

        http.Request.RouteValues["areaCode"] = "510115001001";
        Assert.Equal(CommunityUnit.Administrative(AreaCode.Parse("510115001001")), GovernanceUnits.FromRoute(http));

        http.Request.RouteValues["unit"] = "administrative:510115001";
        Assert.Equal(CommunityUnit.Administrative(AreaCode.Parse("510115001")), GovernanceUnits.FromRoute(http));
    }
}
