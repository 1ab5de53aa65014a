using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using CommunityGovernance.AspNetCore.Authorization;
using CommunityGovernance.AspNetCore.Diagnostics;
using CommunityGovernance.AspNetCore.Tests.Authorization;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.PersonalData;
using CommunityGovernance.Storage.Projections;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace CommunityGovernance.AspNetCore.Tests.Hosting;

public sealed class AddCommunityGovernanceTests : IDisposable
{
    private static readonly Instant s_now = Instant.FromUtc(2026, 4, 30, 9, 0);
    private readonly string _directory = Directory.CreateTempSubdirectory("cg-aspnetcore-").FullName;

    [Fact]
    public async Task The_host_stores_in_sqlite_catches_the_live_index_up_before_it_serves_and_reports_healthy()
    {
        var database = Path.Combine(_directory, "governance.db");
        await SeedAsync(database);
        using var host = Host(database);

        await host.StartAsync();
        var authorization = host.Services.GetRequiredService<IAuthorizationService>();
        var street = HandlerWorld.User("JD-510115001");
        var allowed = await authorization.AuthorizeAsync(street, CommunityUnit.Administrative(AreaCode.Parse("510115001001")), GovernancePolicies.TaskSetting);
        var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        await host.StopAsync();

        Assert.True(allowed.Succeeded, "the rights stored before start-up are in the live index when the host has started");
        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.Equal(2, health.Entries.Count);
        Assert.IsType<InstrumentedEventStore>(host.Services.GetRequiredService<IEventStore>());
        Assert.Same(host.Services.GetRequiredService<LiveGovernanceRightsIndex>(), host.Services.GetRequiredService<IGovernanceRightsQuery>());
    }

    [Fact]
    public async Task Events_appended_while_the_host_runs_reach_the_live_index()
    {
        var database = Path.Combine(_directory, "governance.db");
        using var host = Host(database);
        await host.StartAsync();
        var store = host.Services.GetRequiredService<IEventStore>();
        var runner = host.Services.GetRequiredService<ProjectionRunner>();

        var position = 0L;
        foreach (var right in GovernancePowerHandlerTests.Rights().GroupBy(_ => 0))
        {
            position = (await store.AppendAsync(GovernanceRight.StreamOf(new GovernanceRightId("WJ-510115")).Name, 0, [.. right])).LastPosition;
        }

        runner.Wake();
        await runner.WaitForAsync(position, TimeSpan.FromSeconds(30));
        var index = host.Services.GetRequiredService<IGovernanceRightsQuery>();
        await host.StopAsync();

        Assert.True(index.MayExercise(new("JD-510115001"), GovernancePower.TaskSetting, CommunityUnit.Administrative(AreaCode.Parse("510115001001")), s_now));
    }

    [Fact]
    public void Http_answers_keep_chinese_readable_and_the_vendor_s_changes_apply_after_the_library_s()
    {
        using var host = Host(Path.Combine(_directory, "governance.db"), options => options.Json.Add(json => json.WriteIndented = true));
        var json = host.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

        var text = JsonSerializer.Serialize(new { Name = "光华逸家", Category = DemandCategory.PublicService, At = s_now }, json);

        Assert.Contains("光华逸家", text, StringComparison.Ordinal);
        Assert.Contains("\"category\": \"PublicService\"", text, StringComparison.Ordinal);
        Assert.Contains("\"at\": \"2026-04-30T09:00:00Z\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stored_events_keep_chinese_readable()
    {
        var database = Path.Combine(_directory, "governance.db");
        using var host = Host(database);
        var store = host.Services.GetRequiredService<IEventStore>();
        var demand = Demand.Raise(new DemandId("SQ-1"), new("JM-0001"), CommunityUnit.Administrative(AreaCode.Parse("510115001001")), DemandCategory.PublicService, "路灯", "小区门口路灯坏了", DemandDeadlines.Default, GovernancePowerHandlerTests.Directory, s_now);
        await store.SaveAsync(demand);

        var serializer = host.Services.GetRequiredService<DomainEventSerializer>();
        var stored = serializer.Serialize((await store.ReadStreamAsync(demand.Stream))[0].Event);

        Assert.Contains("小区门口路灯坏了", stored.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rights_checks_and_appends_are_traced_and_counted_with_the_power_and_the_unit_but_no_actor()
    {
        var database = Path.Combine(_directory, "governance.db");
        await SeedAsync(database);
        using var host = Host(database);
        var tags = new List<KeyValuePair<string, object?>>();
        var activities = new List<Activity>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == GovernanceTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((_, _, measured, _) => { lock (tags) { tags.AddRange(measured.ToArray()); } });
        meters.SetMeasurementEventCallback<double>((_, _, measured, _) => { lock (tags) { tags.AddRange(measured.ToArray()); } });
        meters.Start();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GovernanceTelemetry.Name,
            Sample = (ref _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (activities) { activities.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);

        await host.StartAsync();
        var authorization = host.Services.GetRequiredService<IAuthorizationService>();
        await authorization.AuthorizeAsync(HandlerWorld.User("JWH-510115001001"), CommunityUnit.Administrative(AreaCode.Parse("510115001001")), GovernancePolicies.InspectionAndAssessment);
        var store = host.Services.GetRequiredService<IEventStore>();
        var demand = Demand.Raise(new DemandId("SQ-1"), new("JM-0001"), CommunityUnit.Administrative(AreaCode.Parse("510115001001")), DemandCategory.PublicService, "路灯", "小区门口路灯坏了", DemandDeadlines.Default, GovernancePowerHandlerTests.Directory, s_now);
        await GovernanceCommand.RunAsync("Demand.Raise", demand.Subject, async () => await store.SaveAsync(demand));
        await host.StopAsync();
        meters.RecordObservableInstruments();

        List<KeyValuePair<string, object?>> seen;
        lock (tags)
        {
            seen = [.. tags, .. activities.SelectMany(a => a.TagObjects)];
        }

        Assert.Contains(seen, t => t.Key == GovernanceTelemetry.PowerTag && (string?)t.Value == "InspectionAndAssessment");
        Assert.Contains(seen, t => t.Key == GovernanceTelemetry.OutcomeTag && (string?)t.Value == "refused");
        Assert.Contains(seen, t => t.Key == GovernanceTelemetry.StreamKindTag && (string?)t.Value == Demand.StreamKind);
        Assert.Contains(seen, t => t.Key == GovernanceTelemetry.CommandTag && (string?)t.Value == "Demand.Raise");
        Assert.Contains(seen, t => t.Key == GovernanceTelemetry.UnitTag && (string?)t.Value == "administrative:510115001001");
        Assert.Contains(activities, a => a.OperationName == "governance.store.append");
        Assert.Contains(activities, a => a.OperationName == "governance.projection.apply");
        Assert.DoesNotContain(seen, t => t.Value?.ToString() is { } value && (value.Contains("JWH-", StringComparison.Ordinal) || value.Contains("JM-0001", StringComparison.Ordinal) || value.Contains("SQ-1", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_integration_does_not_reference_marten_or_npgsql()
    {
        // PostgreSQL is CommunityGovernance.AspNetCore.Marten's: an application on SQLite loads neither.
        var references = typeof(CommunityGovernanceOptions).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("CommunityGovernance.Storage.Sqlite", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Marten", StringComparison.Ordinal) || name.StartsWith("Npgsql", StringComparison.Ordinal) || name == "CommunityGovernance.Storage.Marten");
    }

    [Fact]
    public async Task A_store_named_by_UseStore_is_the_store_used_and_traced()
    {
        var named = new InMemoryEventStore();
        using var host = Host(Path.Combine(_directory, "unused.db"), options => options.UseStore(_ => named));

        var store = host.Services.GetRequiredService<IEventStore>();
        await store.SaveAsync(Demand.Raise(new DemandId("SQ-NAMED-1"), new("JM-0001"), CommunityUnit.Administrative(AreaCode.Parse("510115001001")), DemandCategory.PublicService, "路灯", "路灯坏了", DemandDeadlines.Default, GovernancePowerHandlerTests.Directory, s_now));

        Assert.Same(named, Assert.IsType<InstrumentedEventStore>(store).Inner);
        Assert.Single(await named.ReadStreamAsync(Demand.StreamOf(new DemandId("SQ-NAMED-1")).Name));
        Assert.False(File.Exists(Path.Combine(_directory, "unused.db")));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private IHost Host(string database, Action<CommunityGovernanceOptions>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IClock>(new FakeClock(s_now));
        builder.Services.AddCommunityGovernance(options =>
        {
            options.UseSqlite(database);
            options.PersonalDataKeys = Keys;
            configure?.Invoke(options);
        });
        return builder.Build();
    }

    private static InMemoryPersonalDataKeyStore Keys { get; } = new();

    private async Task SeedAsync(string database)
    {
        using var host = Host(database);
        var store = host.Services.GetRequiredService<IEventStore>();
        await store.AppendAsync(GovernanceRight.StreamOf(new GovernanceRightId("WJ-510115")).Name, 0, GovernancePowerHandlerTests.Rights());
    }
}
