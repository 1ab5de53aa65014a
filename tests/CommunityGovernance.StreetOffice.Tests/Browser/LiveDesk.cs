using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StreetOffice;

namespace CommunityGovernance.StreetOffice.Tests.Browser;

/// <summary>
/// The desk on a real Kestrel port of the loopback address (a browser cannot reach WebApplicationFactory's in-memory
/// server), on its own SQLite file, and the system's Chromium driven by Playwright.
/// </summary>
public sealed class LiveDesk : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("street-office-browser-").FullName;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    /// <summary>The desk's address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The browser, or <see langword="null"/> when the machine has no Chromium.</summary>
    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        if (SystemChromium.UnavailableReason is not null)
        {
            return;
        }

        _app = StreetOfficeApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            "--contentRoot=" + SampleDirectory(),
            "--environment=Development",
            "--StreetOffice:Database=" + Path.Combine(_directory, "desk.db"),
        ]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = SystemChromium.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>A fresh page the size of a phone, in the given language.</summary>
    public async Task<IPage> PhoneAsync(string culture = "en")
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 1,
            Locale = culture,
            BaseURL = Address.ToString(),
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>The sample's source directory, for its wwwroot.</summary>
    public static string SampleDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var sample = Path.Combine(directory.FullName, "samples", "StreetOffice");
            if (Directory.Exists(sample))
            {
                return sample;
            }
        }

        throw new DirectoryNotFoundException("samples/StreetOffice is not above the test's output directory.");
    }

    /// <summary>The repository's docs directory.</summary>
    public static string DocsDirectory() => Path.GetFullPath(Path.Combine(SampleDirectory(), "..", "..", "docs"));
}
