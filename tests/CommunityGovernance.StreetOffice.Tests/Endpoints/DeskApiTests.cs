using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.StreetOffice.Tests.Endpoints;

public sealed class DeskApiTests(DeskFactory desk) : IClassFixture<DeskFactory>
{
    private const string Street = "JD-510115001";
    private const string OtherStreet = "JD-510115004";
    private const string Committee = "JWH-510115001001";
    private const string Heping = "510115001001";

    [Fact]
    public async Task The_demands_are_listed_with_readable_chinese()
    {
        var body = await desk.ClientAs(null).GetStringAsync(new Uri("/api/demands", UriKind.Relative));

        Assert.Contains("SQ-2026-", body, StringComparison.Ordinal);
        Assert.Contains("邻里活动", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_demand_is_read_with_its_version_as_etag_and_an_unknown_one_is_404()
    {
        var client = desk.ClientAs(null);
        var read = await client.GetAsync(new Uri("/api/demands/SQ-2026-0047", UriKind.Relative));
        var missing = await client.GetAsync(new Uri("/api/demands/SQ-NONE", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var version = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
        Assert.Equal($"\"{version}\"", read.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Raising_needs_a_signed_in_actor_a_unit_and_text()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Raise(desk.ClientAs(null), "administrative:" + Heping, "路灯坏了")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Raise(desk.ClientAs(Street), "nowhere", "路灯坏了")).StatusCode);
        var blank = await Raise(desk.ClientAs(Street), "administrative:" + Heping, "   ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        Assert.Equal("application/problem+json", blank.Content.Headers.ContentType?.MediaType);
        Assert.Equal("TextIsRequired", (await blank.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_raised_demand_is_routed_with_if_match_and_a_stale_one_is_412()
    {
        var client = desk.ClientAs(Street);
        var raised = await Raise(client, "administrative:" + Heping, "小区门口路灯坏了");
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        Assert.Equal("\"1\"", raised.Headers.ETag?.Tag);
        var id = (await raised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var stale = await Route(client, id, Committee, "\"7\"");
        var routed = await Route(client, id, Committee, "\"1\"");
        var again = await Route(client, id, "JWH-510115001002", "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("\"1\"", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("etag").GetString());
        Assert.Equal("\"1\"", stale.Headers.ETag?.Tag); // RFC 9110: the current tag in the header, not only in the body.
        Assert.Equal(HttpStatusCode.OK, routed.StatusCode);
        Assert.Equal("\"3\"", routed.Headers.ETag?.Tag);
        Assert.Equal("Routed", (await routed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, again.StatusCode);
        Assert.Equal("\"3\"", again.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Of_two_routings_from_the_same_version_exactly_one_goes_through()
    {
        var raised = await Raise(desk.ClientAs(Street), "administrative:" + Heping, "楼道灯不亮");
        var id = (await raised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var answers = await Task.WhenAll(Route(desk.ClientAs(Street), id, Committee, "\"1\""), Route(desk.ClientAs(Street), id, Committee, "\"1\""));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Single(answers, a => a.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict);
        // The loser learns the winner's version: 412 in its ETag header, 412 and 409 in the problem's etag member.
        var winner = answers.Single(a => a.StatusCode == HttpStatusCode.OK).Headers.ETag?.Tag;
        var loser = answers.Single(a => a.StatusCode != HttpStatusCode.OK);
        Assert.Equal(winner, (await loser.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("etag").GetString());
        Assert.Equal(loser.StatusCode == HttpStatusCode.PreconditionFailed ? winner : null, loser.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Routing_is_refused_to_an_actor_without_task_setting_there_and_to_an_unknown_demand()
    {
        var raised = await Raise(desk.ClientAs(Street), "administrative:" + Heping, "垃圾清运不及时");
        var id = (await raised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.Forbidden, (await Route(desk.ClientAs(OtherStreet), id, Committee, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Route(desk.ClientAs(null), id, Committee, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Route(desk.ClientAs(Street), "SQ-NONE", Committee, null)).StatusCode);
    }

    [Fact]
    public async Task Routing_to_an_actor_not_responsible_is_422_and_routing_a_closed_demand_is_409()
    {
        var raised = await Raise(desk.ClientAs(Street), "administrative:" + Heping, "健身器材损坏");
        var id = (await raised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var elsewhere = await Route(desk.ClientAs(Street), id, "JWH-510115004024", null);
        var closed = await Route(desk.ClientAs(Street), "SQ-2026-0047", Committee, null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, elsewhere.StatusCode);
        Assert.Equal("urn:community-governance:rule:DemandRoutedToResponsibleActor", (await elsewhere.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Equal("DemandTransitionIsLegal", (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task An_order_sinks_through_a_covering_committee_and_is_refused_with_its_rule_otherwise()
    {
        var sunk = await Sink(desk.ClientAs(Street), "TaskSetting", "GUANGHUA-YIJIA", Heping);
        var otherStreet = await Sink(desk.ClientAs(OtherStreet), "TaskSetting", "GUANGHUA-YIJIA", Heping);
        var notCovering = await Sink(desk.ClientAs(Street), "TaskSetting", "GUANGHUA-YIJIA", "510115001003");
        var unsigned = await Sink(desk.ClientAs(null), "TaskSetting", "GUANGHUA-YIJIA", Heping);

        Assert.Equal(HttpStatusCode.Created, sunk.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherStreet.StatusCode);
        Assert.Equal("OrderIssuerHoldsPower", (await otherStreet.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notCovering.StatusCode);
        Assert.Equal("CrossingChannelCoversLivingCommunity", (await notCovering.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }

    [Fact]
    public async Task The_authority_to_sink_names_the_channels_or_the_reason()
    {
        var allowed = await desk.ClientAs(Street).GetFromJsonAsync<JsonElement>(new Uri("/api/orders/authority?power=TaskSetting&target=GUANGHUA-YIJIA", UriKind.Relative));
        var refused = await desk.ClientAs(OtherStreet).GetFromJsonAsync<JsonElement>(new Uri("/api/orders/authority?power=TaskSetting&target=GUANGHUA-YIJIA", UriKind.Relative));

        Assert.True(allowed.GetProperty("isAllowed").GetBoolean());
        Assert.Contains(Heping, allowed.GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        Assert.False(refused.GetProperty("isAllowed").GetBoolean());
        Assert.Equal("ScopeDoesNotCover", refused.GetProperty("refusal").GetString());
    }

    [Fact]
    public async Task Why_answers_with_the_chain_or_the_reason()
    {
        var allowed = await desk.ClientAs(Street).GetFromJsonAsync<JsonElement>(new Uri($"/api/rights/why?power=TaskSetting&unit=administrative:{Heping}", UriKind.Relative));
        var refused = await desk.ClientAs(Committee).GetFromJsonAsync<JsonElement>(new Uri($"/api/rights/why?power=InspectionAndAssessment&unit=administrative:{Heping}", UriKind.Relative));
        var badUnit = await desk.ClientAs(Street).GetAsync(new Uri("/api/rights/why?power=TaskSetting&unit=nowhere", UriKind.Relative));

        Assert.True(allowed.GetProperty("isAllowed").GetBoolean());
        Assert.NotEmpty(allowed.GetProperty("chain").EnumerateArray());
        Assert.False(refused.GetProperty("isAllowed").GetBoolean());
        Assert.Equal("PowerNotHeld", refused.GetProperty("refusal").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badUnit.StatusCode);
    }

    [Fact]
    public async Task A_policy_on_an_endpoint_reads_the_unit_from_the_route()
    {
        var uri = new Uri($"/api/communities/{Heping}/response-field", UriKind.Relative);

        Assert.Equal(HttpStatusCode.OK, (await desk.ClientAs(Street).GetAsync(uri)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.ClientAs(Committee).GetAsync(uri)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await desk.ClientAs(null).GetAsync(uri)).StatusCode);
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("zh-CN")]
    [InlineData("zh")]
    public async Task A_refusal_reads_in_Chinese_when_the_request_asks_for_it(string language)
    {
        var client = desk.ClientAs(OtherStreet);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));

        var refused = await Sink(client, "TaskSetting", "GUANGHUA-YIJIA", Heping);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("OrderIssuerHoldsPower", problem.GetProperty("rule").GetString());
        Assert.Equal("行政指令只有在发令者当时对渠道所在社区拥有相应权能时才能下沉。", problem.GetProperty("title").GetString());
        Assert.Equal("请求未被执行，因其违反了治理规则：行政指令只有在发令者当时对渠道所在社区拥有相应权能时才能下沉。", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_refusal_reads_in_English_with_the_domain_s_message()
    {
        var client = desk.ClientAs(OtherStreet);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var refused = await Sink(client, "TaskSetting", "GUANGHUA-YIJIA", Heping);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("An order sinks only if its issuer holds its power over the channel's community at that time.", problem.GetProperty("title").GetString());
        Assert.StartsWith("OrderIssuerHoldsPower: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(problem.GetProperty("detail").GetString()!, c => c is >= '\u4e00' and <= '\u9fff');
    }

    [Fact]
    public async Task A_state_conflict_reads_in_Chinese_too()
    {
        var client = desk.ClientAs(Street);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-Hans"));

        var closed = await Route(client, "SQ-2026-0047", Committee, null);
        var problem = await closed.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Equal("诉求只能在允许这一步的状态下办理这一步。", problem.GetProperty("title").GetString());
        Assert.Equal("请求未被执行，因其违反了治理规则：诉求只能在允许这一步的状态下办理这一步。", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_health_checks_report_healthy()
    {
        Assert.Equal("Healthy", await desk.ClientAs(null).GetStringAsync(new Uri("/health", UriKind.Relative)));
    }

    public static Arbitrary<string> Texts() =>
        Gen.Elements("路灯", "光华逸家", "小区", "噪音", "Lift", " ", "“", "—", "a", "楼道")
            .ArrayOf().Where(parts => parts.Length > 0 && string.Concat(parts).Trim().Length > 0)
            .Select(parts => string.Concat(parts).Trim())
            .ToArbitrary();

    // Whatever a resident writes reads back as written, and the answer carries it unescaped. (Characters outside the
    // Basic Multilingual Plane, an emoji or CJK Extension B, System.Text.Json always escapes; they still read back.)
    [ScaledProperty(Arbitrary = [typeof(DeskApiTests)])]
    public bool A_raised_demand_s_text_reads_back_as_written_and_unescaped(string text)
    {
        var client = desk.ClientAs(Street);
        var raised = Raise(client, "administrative:" + Heping, text).GetAwaiter().GetResult();
        var location = raised.Headers.Location!;
        var body = client.GetStringAsync(location).GetAwaiter().GetResult();

        return JsonDocument.Parse(body).RootElement.GetProperty("text").GetString() == text && !body.Contains("\\u", StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Raise(HttpClient client, string subject, string text) =>
        client.PostAsJsonAsync(new Uri("/api/demands", UriKind.Relative), new { subject, category = "PublicService", subcategory = "设施", text });

    private static Task<HttpResponseMessage> Route(HttpClient client, string id, string assignee, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/demands/{id}/route", UriKind.Relative)) { Content = JsonContent.Create(new { assignee }) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> Sink(HttpClient client, string power, string target, string through) =>
        client.PostAsJsonAsync(new Uri("/api/orders", UriKind.Relative), new { power, target, through, task = "消防通道排查" });
}
