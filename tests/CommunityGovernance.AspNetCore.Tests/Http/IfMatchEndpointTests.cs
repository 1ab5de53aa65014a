using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CommunityGovernance.AspNetCore.Http;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage.PersonalData;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityGovernance.AspNetCore.Tests.Http;

/// <summary>
/// A stale <c>If-Match</c> behind <c>app.UseExceptionHandler()</c>, end to end: 412 with the current version's tag in the
/// <c>ETag</c> header (RFC 9110) and in the problem; a store conflict is 409 with the version saved first.
/// </summary>
public sealed class IfMatchEndpointTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cg-ifmatch-").FullName;
    private WebApplication? _app;
    private HttpClient? _client;

    private HttpClient Client => _client ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddCommunityGovernance(governance =>
        {
            governance.UseSqlite(Path.Combine(_directory, "governance.db"));
            governance.PersonalDataKeys = new InMemoryPersonalDataKeyStore();
        });
        _app = builder.Build();
        _app.UseExceptionHandler();
        // A resource at the version named in the route: the endpoint honours If-Match against it, as a vendor's would.
        _app.MapPut("/things/{version:long}", (long version, HttpRequest request) =>
        {
            request.CheckIfMatch(version);
            return Results.NoContent();
        });
        _app.MapPut("/conflict/{expected:long}/{actual:long}", (long expected, long actual) => Results.Ok(Throw(new ConcurrencyConflictException("demand/SQ-1", expected, actual))));
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    // Whatever stale tag the client sends, the 412 names the current version in its ETag header and in its body; the
    // current tag itself passes.
    [ScaledProperty]
    public Property A_stale_if_match_is_412_with_the_current_tag_in_the_etag_header(PositiveInt current, PositiveInt asked)
    {
        var answer = Put(current.Get, GovernanceETag.Of(asked.Get));
        if (asked.Get == current.Get)
        {
            return (answer.StatusCode == HttpStatusCode.NoContent && answer.Headers.ETag is null).Label($"{asked.Get} at {current.Get}: {answer.StatusCode}");
        }

        var body = answer.Content.ReadFromJsonAsync<JsonElement>().GetAwaiter().GetResult();
        return (answer.StatusCode == HttpStatusCode.PreconditionFailed
                && answer.Headers.ETag is { IsWeak: false } tag && tag.Tag == GovernanceETag.Of(current.Get)
                && body.GetProperty("etag").GetString() == GovernanceETag.Of(current.Get)
                && body.GetProperty("rule").GetString() == KernelRules.StreamVersionMatches)
            .Label($"{asked.Get} at {current.Get}: {answer.StatusCode} ETag {answer.Headers.ETag}");
    }

    [Fact]
    public async Task A_malformed_if_match_is_412_with_the_current_tag_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/things/5", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("If-Match", "not a tag");

        using var answer = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, answer.StatusCode);
        Assert.Equal("\"5\"", answer.Headers.ETag?.Tag);
        Assert.True(answer.Headers.CacheControl is { NoCache: true, NoStore: true }, "the exception handler's own cache headers stay");
    }

    [Fact]
    public async Task No_if_match_or_a_star_passes()
    {
        using var none = await Client.PutAsync(new Uri("/things/5", UriKind.Relative), null);
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/things/5", UriKind.Relative));
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        using var star = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, none.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, star.StatusCode);
    }

    [Fact]
    public async Task A_store_conflict_is_409_naming_the_version_saved_first()
    {
        using var answer = await Client.PutAsync(new Uri("/conflict/3/4", UriKind.Relative), null);
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
        Assert.Equal("\"4\"", body.GetProperty("etag").GetString());
        Assert.Equal(KernelRules.StreamVersionMatches, body.GetProperty("rule").GetString());
    }

    private HttpResponseMessage Put(long version, string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/things/{version}", UriKind.Relative));
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        return Client.SendAsync(request).GetAwaiter().GetResult();
    }

    private static object Throw(Exception exception) => throw exception;
}
