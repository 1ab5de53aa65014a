using System.Text.Encodings.Web;
using System.Text.Unicode;
using CommunityGovernance.AspNetCore;
using CommunityGovernance.AspNetCore.Diagnostics;
using CommunityGovernance.AspNetCore.Open311;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using NodaTime;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using StreetOffice.Api;
using StreetOffice.Desk;

namespace StreetOffice;

/// <summary>
/// The street office's desk: Razor Pages for people, a small JSON API and the Open311 endpoints for machines, all on
/// <c>AddCommunityGovernance</c>.
/// </summary>
/// <remarks>
/// Settings (configuration or command line): <c>StreetOffice:Database</c> (the SQLite file, <c>street-office.db</c> by
/// default), <c>StreetOffice:PostgreSql</c> (a connection string: keep the events in PostgreSQL instead),
/// <c>StreetOffice:Telemetry=console</c> (export the library's traces and metrics to the console).
/// </remarks>
public static class StreetOfficeApp
{
    /// <summary>Builds the application.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="configure">Changes to the builder before the services are added (the tests' settings).</param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The application is this assembly, also when another process hosts it (the browser tests): its pages live here.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(StreetOfficeApp).Assembly.GetName().Name });
        configure?.Invoke(builder);
        var settings = builder.Configuration.GetSection("StreetOffice");
        var database = settings["Database"] ?? Path.Combine(builder.Environment.ContentRootPath, "street-office.db");

        builder.Services.AddSingleton<IClock, DeskClock>();
        // Before the library's hosted services: the scenario is stored before the live rights index catches up.
        builder.Services.AddHostedService<WenjiangSeed>();
        builder.Services.AddCommunityGovernance(governance =>
        {
            governance.UseSqlite(database);
            governance.PersonalDataKeyFile = database + ".keys.json";
            if (settings["PostgreSql"] is { Length: > 0 } postgres)
            {
                governance.UsePostgreSql(postgres, "street_office");
            }
        });

        if (string.Equals(settings["Telemetry"], "console", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddOpenTelemetry()
                .WithTracing(tracing => tracing.AddSource(GovernanceTelemetry.Name).AddConsoleExporter())
                .WithMetrics(metrics => metrics.AddMeter(GovernanceTelemetry.Name).AddConsoleExporter());
        }

        builder.Services.AddSingleton<DeskNames>();
        builder.Services.AddSingleton<Refusals>();
        builder.Services.AddScoped<StreetDesk>();
        builder.Services.AddDeskSignIn();
        builder.Services.AddRazorPages();
        builder.Services.AddRequestLocalization(localization =>
        {
            localization.DefaultRequestCulture = new RequestCulture("en");
            localization.SupportedCultures = [.. Texts.Cultures];
            // "zh" alone has no script and its parent is the invariant culture: accept it as Chinese too (zh-CN, zh-SG
            // reach zh-Hans as their parent).
            localization.SupportedUICultures = [.. Texts.Cultures, new("zh")];
        });

        // Pages are written in UTF-8: Chinese goes out as it reads, not as &#x...; references.
        builder.Services.Configure<WebEncoderOptions>(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        var app = builder.Build();
        // The culture first, so that the problems the exception handler writes are in the request's language too.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapDeskApi();
        app.MapOpen311GeoReport();
        app.MapHealthChecks("/health");
        app.MapGet("/culture", (string c, string? returnUrl, HttpContext context) =>
        {
            var culture = Texts.Cultures.FirstOrDefault(k => k.Name == c) ?? Texts.Cultures[0];
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') ? returnUrl : "/");
        });
        return app;
    }
}
