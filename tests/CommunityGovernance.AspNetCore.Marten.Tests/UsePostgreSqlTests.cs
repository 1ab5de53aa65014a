using System.Diagnostics;
using CommunityGovernance.Actors;
using CommunityGovernance.AspNetCore.Diagnostics;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Marten;
using CommunityGovernance.Storage.PersonalData;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Testing.Communities;
using CommunityGovernance.Tests.Servers;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Testing;

namespace CommunityGovernance.AspNetCore.Marten.Tests;

/// <summary>
/// <c>governance.UsePostgreSql(...)</c> from this package: the integration's store becomes Marten's, traced like
/// SQLite's, and the host catches up from PostgreSQL and reports healthy.
/// </summary>
[Collection(PostgresServerCollectionDefinition.Name)]
public sealed class UsePostgreSqlTests(PostgresServer server)
{
    private static readonly Instant s_now = Instant.FromUtc(2026, 4, 30, 9, 0);
    private static readonly CommunityUnit s_heping = CommunityUnit.Administrative(AreaCode.Parse("510115001001"));

    // Whatever the order of the calls, the last store named is the store used: SQLite resets PostgreSQL and back.
    [ScaledProperty]
    public Property The_last_store_named_is_the_store_used(bool[] postgres)
    {
        var options = new CommunityGovernanceOptions();
        foreach (var useMarten in postgres)
        {
            if (useMarten)
            {
                options.UsePostgreSql("Host=127.0.0.1;Database=governance");
            }
            else
            {
                options.UseSqlite("governance.db");
            }
        }

        var expected = postgres.Length > 0 && postgres[^1];
        return ((options.StoreFactory is not null) == expected).Label($"{string.Join(",", postgres)}: {options.StoreFactory is not null}");
    }

    [Fact]
    public void A_blank_connection_string_is_refused()
    {
        var options = new CommunityGovernanceOptions();

        Assert.Throws<ArgumentException>(() => options.UsePostgreSql(" "));
        Assert.Null(options.StoreFactory);
    }

    [SkippableFact]
    public async Task The_host_keeps_its_events_in_postgresql_traces_the_appends_catches_up_and_reports_healthy()
    {
        ServerRequirement.SkipUnlessAvailable(server.UnavailableReason);
        var connection = await server.CreateDatabaseAsync("aspnetcore_marten");
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IClock>(new FakeClock(s_now));
        builder.Services.AddCommunityGovernance(governance =>
        {
            governance.UsePostgreSql(connection, "street_office");
            governance.PersonalDataKeys = new InMemoryPersonalDataKeyStore();
        });
        using var host = builder.Build();
        var store = host.Services.GetRequiredService<IEventStore>();
        var directory = FixedCommunityDirectory.Of(Instant.FromUtc(2026, 1, 1, 0, 0), [s_heping], [new ActorId("JM-0001")]);
        var demand = Demand.Raise(new DemandId("SQ-PG-1"), new ActorId("JM-0001"), s_heping, DemandCategory.PublicService, "路灯", "小区门口路灯坏了", DemandDeadlines.Default, directory, s_now);
        var appends = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GovernanceTelemetry.Name,
            Sample = (ref _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (appends) { appends.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);

        var saved = await store.SaveAsync(demand);
        await host.StartAsync();
        // Right after start the runner that follows the feed reloads its checkpoints, and the projections' check says
        // Degraded for that moment: wait for it to settle rather than catch it.
        var health = await HealthyWithinAsync(host.Services.GetRequiredService<HealthCheckService>(), TimeSpan.FromSeconds(30));
        var statuses = host.Services.GetRequiredService<ProjectionRunner>().Statuses;
        var read = await store.ReadStreamAsync(demand.Stream);
        await host.StopAsync();

        Assert.IsType<MartenEventStore>(Assert.IsType<InstrumentedEventStore>(store).Inner);
        Assert.Equal("小区门口路灯坏了", Assert.IsType<DemandRaised>(Assert.Single(read).Event).Text);
        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.All(statuses, s => Assert.Equal(saved.LastPosition, s.Checkpoint));
        lock (appends)
        {
            Assert.Contains(appends, a => a.OperationName == "governance.store.append" && (string?)a.GetTagItem(GovernanceTelemetry.StreamKindTag) == Demand.StreamKind);
        }
    }

    private static async Task<HealthReport> HealthyWithinAsync(HealthCheckService health, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var report = await health.CheckHealthAsync();
            if (report.Status == HealthStatus.Healthy || Stopwatch.GetTimestamp() > deadline)
            {
                return report;
            }

            await Task.Delay(50);
        }
    }
}
