using System.Net;
using System.Text.Json;
using CommunityGovernance.Demands.Catalogue;

namespace CommunityGovernance.StreetOffice.Tests.Endpoints;

public sealed class Open311Tests(DeskFactory desk) : IClassFixture<DeskFactory>
{
    private static readonly string s_code = ServiceCatalogue.Example.Services[0].Code.Value;

    [Fact]
    public async Task The_service_list_is_the_catalogue_in_the_standard_s_fields()
    {
        var services = await GetArray("/open311/v2/services.json");

        Assert.Equal(ServiceCatalogue.Example.Count, services.Count);
        var first = services[0];
        Assert.Equal(s_code, first.GetProperty("service_code").GetString());
        foreach (var field in new[] { "service_name", "metadata", "type", "group" })
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task A_service_definition_lists_its_attributes_and_an_unknown_service_is_404_in_the_standard_s_error_form()
    {
        var definition = await desk.ClientAs(null).GetAsync(new Uri($"/open311/v2/services/{s_code}.json", UriKind.Relative));
        var unknown = await desk.ClientAs(null).GetAsync(new Uri("/open311/v2/services/NO-SUCH.json", UriKind.Relative));

        var body = JsonDocument.Parse(await definition.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(s_code, body.GetProperty("service_code").GetString());
        Assert.Contains(body.GetProperty("attributes").EnumerateArray(), a => a.GetProperty("code").GetString() == "urgency");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(404, JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement[0].GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_posted_request_is_raised_as_a_demand_and_read_back_one_by_one_and_in_the_list()
    {
        var posted = await Post(desk.ClientAs("JD-510115001"), new()
        {
            ["service_code"] = s_code,
            ["description"] = "小区门口路灯坏了",
            ["jurisdiction_id"] = "administrative:510115001001",
            ["address_string"] = "和平社区光华大道一段",
            ["attribute[urgency]"] = "Urgent",
        });

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var id = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement[0].GetProperty("service_request_id").GetString()!;
        var one = await GetArray($"/open311/v2/requests/{id}.json");
        var listed = await GetArray($"/open311/v2/requests.json?service_code={s_code}&status=open");
        var byId = await GetArray($"/open311/v2/requests.json?service_request_id={id},SQ-2026-0047");

        var request = Assert.Single(one);
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal("小区门口路灯坏了", request.GetProperty("description").GetString());
        Assert.Equal(s_code, request.GetProperty("service_code").GetString());
        Assert.Contains(listed, r => r.GetProperty("service_request_id").GetString() == id);
        Assert.All(listed, r => Assert.Equal("open", r.GetProperty("status").GetString()));
        Assert.Equal(2, byId.Count);
    }

    [Fact]
    public async Task Closed_requests_are_listed_by_status_and_dates_bound_the_list()
    {
        var closed = await GetArray("/open311/v2/requests.json?status=closed");
        var none = await GetArray("/open311/v2/requests.json?end_date=2020-01-01T00:00:00Z");

        Assert.NotEmpty(closed);
        Assert.All(closed, r => Assert.Equal("closed", r.GetProperty("status").GetString()));
        Assert.Empty(none);
    }

    [Fact]
    public async Task A_post_is_refused_without_a_signed_in_actor_without_a_form_and_when_the_rules_refuse_it()
    {
        var fields = new Dictionary<string, string> { ["service_code"] = s_code, ["description"] = "路灯", ["jurisdiction_id"] = "administrative:510115001001" };
        var unsigned = await Post(desk.ClientAs(null), fields);
        var json = await desk.ClientAs("JD-510115001").PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        var noUnit = await Post(desk.ClientAs("JD-510115001"), new() { ["service_code"] = s_code, ["description"] = "路灯" });
        var unknownService = await Post(desk.ClientAs("JD-510115001"), new(fields) { ["service_code"] = "NO-SUCH" });

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noUnit.StatusCode);
        Assert.Contains("ServiceRequestIsComplete", JsonDocument.Parse(await noUnit.Content.ReadAsStringAsync()).RootElement[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknownService.StatusCode);
    }

    [Fact]
    public async Task An_unknown_request_is_404()
    {
        var missing = await desk.ClientAs(null).GetAsync(new Uri("/open311/v2/requests/SQ-NONE.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<List<JsonElement>> GetArray(string path)
    {
        var body = await desk.ClientAs(null).GetStringAsync(new Uri(path, UriKind.Relative));
        Assert.DoesNotContain("\\u", body, StringComparison.Ordinal);
        return [.. JsonDocument.Parse(body).RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, Dictionary<string, string> fields) =>
        client.PostAsync(new Uri("/open311/v2/requests.json", UriKind.Relative), new FormUrlEncodedContent(fields));
}
