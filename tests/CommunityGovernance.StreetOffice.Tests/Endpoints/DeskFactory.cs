using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CommunityGovernance.StreetOffice.Tests.Endpoints;

/// <summary>The desk in memory on its own SQLite file, seeded with the Wenjiang scenario on first start.</summary>
public sealed class DeskFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("street-office-").FullName;

    /// <summary>A client that signs each call in as <paramref name="actor"/> through the desk's development header.</summary>
    public HttpClient ClientAs(string? actor)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (actor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Desk-Actor", actor);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("StreetOffice:Database", Path.Combine(_directory, "desk.db"));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // WebApplicationFactory disposes through both DisposeAsync and Dispose: the folder goes on the first.
        if (disposing && Directory.Exists(_directory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
