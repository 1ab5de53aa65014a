using System.Net;

namespace CommunityGovernance.StreetOffice.Tests.Endpoints;

public sealed class DeskPagesTests(DeskFactory desk) : IClassFixture<DeskFactory>
{
    [Fact]
    public async Task The_first_page_offers_the_seeded_actors_and_reaches_every_other_page()
    {
        var page = await desk.ClientAs(null).GetStringAsync(new Uri("/", UriKind.Relative));
        var signedIn = await desk.ClientAs("JD-510115001").GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("JD-510115001", page, StringComparison.Ordinal);
        Assert.Contains("JM-0001", page, StringComparison.Ordinal);
        foreach (var link in new[] { "/Communities", "/Demands", "/Orders", "/Why" })
        {
            Assert.Contains($"href=\"{link}\"", signedIn, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/Communities")]
    [InlineData("/Demands")]
    [InlineData("/Demand/SQ-2026-0047")]
    [InlineData("/Orders")]
    [InlineData("/Why")]
    public async Task Every_page_needs_a_signed_in_actor(string path)
    {
        var anonymous = await desk.ClientAs(null).GetAsync(new Uri(path, UriKind.Relative));
        var signedIn = await desk.ClientAs("JD-510115001").GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task The_communities_page_shows_the_street_s_communities_and_their_eight_items()
    {
        var page = await desk.ClientAs("JD-510115001").GetStringAsync(new Uri("/Communities?culture=zh-Hans", UriKind.Relative));

        Assert.Contains("和平社区", page, StringComparison.Ordinal);
        Assert.Contains("社八件", page, StringComparison.Ordinal);
        Assert.Contains("光华逸家", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_read_in_english_or_chinese()
    {
        var english = await desk.ClientAs("JD-510115001").GetStringAsync(new Uri("/Demands?culture=en", UriKind.Relative));
        var chinese = await desk.ClientAs("JD-510115001").GetStringAsync(new Uri("/Demands?culture=zh-Hans", UriKind.Relative));

        Assert.Contains("Raise a demand", english, StringComparison.Ordinal);
        Assert.Contains("提出诉求", chinese, StringComparison.Ordinal);
        Assert.Contains("lang=\"zh-Hans\"", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Why_explains_a_refusal_and_names_the_channels_for_a_living_community()
    {
        var refused = await desk.ClientAs("JWH-510115001001").GetStringAsync(new Uri("/Why?power=InspectionAndAssessment&unit=administrative:510115001001", UriKind.Relative));
        var channels = await desk.ClientAs("JD-510115001").GetStringAsync(new Uri("/Why?power=TaskSetting&unit=living:GUANGHUA-YIJIA", UriKind.Relative));

        Assert.Contains("confer only", refused, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"why-sink\"", channels, StringComparison.Ordinal);
        Assert.Contains("through the committees of", channels, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_culture_switch_sets_the_cookie_and_returns_locally()
    {
        var answer = await desk.ClientAs(null).GetAsync(new Uri("/culture?c=zh-Hans&returnUrl=/Demands", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/Demands", answer.Headers.Location?.ToString());
        Assert.Contains(answer.Headers.GetValues("Set-Cookie"), c => c.Contains("zh-Hans", StringComparison.Ordinal));
    }
}
