using System.Diagnostics;
using CommunityGovernance.AspNetCore.Authorization;
using CommunityGovernance.AspNetCore.Diagnostics;
using CommunityGovernance.AspNetCore.Tests.Authorization;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.PersonalData;
using CommunityGovernance.Storage.Projections;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Testing;

namespace CommunityGovernance.AspNetCore.Tests.Diagnostics;

/// <summary>
/// A vendor's plain <c>store.SaveAsync(aggregate)</c>, a rights check through <see cref="IAuthorizationService"/> and the
/// projections are traced and measured without <see cref="GovernanceCommand"/>, tagged with the rule, the power, the
/// unit and the aggregate's kind, and never with an actor, a stream's key or a resident's words.
/// </summary>
public sealed class TracedWithoutCommandTests : IDisposable
{
    private static readonly Instant s_now = Instant.FromUtc(2026, 4, 30, 9, 0);
    private static readonly CommunityUnit s_heping = CommunityUnit.Administrative(AreaCode.Parse("510115001001"));
    private readonly string _directory = Directory.CreateTempSubdirectory("cg-telemetry-").FullName;
    private readonly TelemetryRecorder _telemetry = new();

    public static Arbitrary<(string Kind, string Key, int Stale)> Appends() =>
        (from kind in Gen.Elements("demand", "governance-right", "crossing", "vendor-case")
         from suffix in Gen.Choose(0, 1_000_000)
         from key in Gen.Elements("张三-13800138000", "510104199001011234", "SQ-2026-0047", "王芳")
         from stale in Gen.Choose(0, 3)
         select ($"{kind}-{suffix}", $"{key}-{suffix}", stale)).ToArbitrary();

    // Every append through the integration's store is one activity and one count, tagged with the stream's kind (the
    // aggregate's kind) and the outcome; a stale version adds the rule that refused it. The key never appears.
    [ScaledProperty(Arbitrary = [typeof(TracedWithoutCommandTests)])]
    public Property An_append_is_traced_with_its_kind_outcome_and_rule_but_never_its_key((string Kind, string Key, int Stale) append)
    {
        // A kind of the case's own, so that the case finds its own measurements among the parallel tests'.
        var kind = append.Kind + "-" + Guid.NewGuid().ToString("N")[..12];
        var store = new InstrumentedEventStore(new InMemoryEventStore());
        var stream = StreamName.Create(kind, append.Key);
        using var root = TelemetryRecorder.Root();
        string outcome;
        try
        {
            store.AppendAsync(stream, append.Stale, [Raised("SQ-" + append.Kind)]).GetAwaiter().GetResult();
            outcome = "done";
        }
        catch (ConcurrencyConflictException)
        {
            outcome = "conflict";
        }

        var activity = _telemetry.Under(root).SingleOrDefault(a => a.OperationName == "governance.store.append");
        var counted = _telemetry.Measured("governance.store.appends", GovernanceTelemetry.StreamKindTag, kind);
        var expected = append.Stale == 0 ? "done" : "conflict";
        var rule = append.Stale == 0 ? null : KernelRules.StreamVersionMatches;
        return (outcome == expected
                && activity is not null
                && (string?)activity.GetTagItem(GovernanceTelemetry.StreamKindTag) == kind
                && (string?)activity.GetTagItem(GovernanceTelemetry.OutcomeTag) == expected
                && (string?)activity.GetTagItem(GovernanceTelemetry.RuleTag) == rule
                && (activity.Status == ActivityStatusCode.Error) == (rule is not null)
                && counted.Count == 1 && counted[0].Tag(GovernanceTelemetry.OutcomeTag) == expected && counted[0].Tag(GovernanceTelemetry.RuleTag) == rule
                && !activity.TagObjects.Concat(counted[0].Tags).Any(t => t.Value?.ToString()?.Contains(append.Key, StringComparison.Ordinal) == true))
            .Label($"{append}: {outcome}, activity {activity?.OperationName}, {counted.Count} counted");
    }

    [Fact]
    public async Task An_import_through_the_host_s_store_is_one_activity_and_its_events_are_counted_by_kind_never_by_key()
    {
        var kind = "vendor-case-" + Guid.NewGuid().ToString("N")[..12];
        var store = new InstrumentedEventStore(new InMemoryEventStore());
        NewStream[] streams = [new(StreamName.Create(kind, "张三-13800138000"), [Raised("SQ-1"), Raised("SQ-2")]), new(StreamName.Create(kind, "王芳"), [Raised("SQ-3")])];
        using var root = TelemetryRecorder.Root();

        var result = await store.ImportAsync(streams);
        var refused = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.ImportAsync(streams[..1]));

        var activities = _telemetry.Under(root).Where(a => a.OperationName == "governance.store.import").ToList();
        Assert.Equal(3, result.Events);
        Assert.Equal(["done", "conflict"], activities.Select(a => (string?)a.GetTagItem(GovernanceTelemetry.OutcomeTag)));
        Assert.Equal(KernelRules.StreamVersionMatches, activities[1].GetTagItem(GovernanceTelemetry.RuleTag));
        Assert.Equal(3.0, _telemetry.Measured("governance.store.appended_events", GovernanceTelemetry.StreamKindTag, kind).Sum(m => m.Value));
        AssertNoPersonalData(activities.SelectMany(a => a.TagObjects), "张三", "13800138000", "王芳");
        Assert.True(store.CanImport);
        Assert.False(new InstrumentedEventStore(new AppendOnly(new InMemoryEventStore())).CanImport);
        await Assert.ThrowsAsync<NotSupportedException>(() => new InstrumentedEventStore(new AppendOnly(new InMemoryEventStore())).ImportAsync(streams));
    }

    [Fact]
    public async Task A_plain_SaveAsync_in_the_host_is_traced_and_counted_by_the_aggregate_s_kind()
    {
        using var host = Host();
        await host.StartAsync();
        var store = host.Services.GetRequiredService<IEventStore>();
        var demand = Demand.Raise(new DemandId("SQ-PLAIN-1"), new("JM-0001"), s_heping, DemandCategory.PublicService, "路灯", "小区门口路灯坏了", DemandDeadlines.Default, GovernancePowerHandlerTests.Directory, s_now);
        // Raised again under the same id by a second desk that never saw the first: its version 0 is stale.
        var twin = Demand.Raise(new DemandId("SQ-PLAIN-1"), new("JM-0001"), s_heping, DemandCategory.PublicService, "路灯", "小区门口路灯坏了", DemandDeadlines.Default, GovernancePowerHandlerTests.Directory, s_now);

        using var root = TelemetryRecorder.Root();
        await store.SaveAsync(demand);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(twin));
        root.Stop();
        await host.StopAsync();

        var appends = _telemetry.Under(root).Where(a => a.OperationName == "governance.store.append").ToList();
        Assert.Equal(2, appends.Count);
        Assert.All(appends, a => Assert.Equal(Demand.StreamKind, a.GetTagItem(GovernanceTelemetry.StreamKindTag)));
        Assert.Equal(["done", "conflict"], appends.OrderBy(a => a.StartTimeUtc).Select(a => (string?)a.GetTagItem(GovernanceTelemetry.OutcomeTag)));
        Assert.Equal(KernelRules.StreamVersionMatches, appends.OrderBy(a => a.StartTimeUtc).Last().GetTagItem(GovernanceTelemetry.RuleTag));
        Assert.NotEmpty(_telemetry.Measured("governance.store.appended_events", GovernanceTelemetry.StreamKindTag, Demand.StreamKind));
        AssertNoPersonalData(appends.SelectMany(a => a.TagObjects), "SQ-PLAIN-1", "JM-0001", "小区门口路灯坏了");
    }

    [Fact]
    public async Task A_rights_check_through_the_authorization_service_is_an_activity_with_its_power_unit_and_outcome()
    {
        using var host = Host();
        await host.Services.GetRequiredService<IEventStore>().AppendAsync(GovernanceRight.StreamOf(new GovernanceRightId("WJ-510115")).Name, 0, GovernancePowerHandlerTests.Rights());
        await host.StartAsync();
        var authorization = host.Services.GetRequiredService<IAuthorizationService>();

        using var root = TelemetryRecorder.Root();
        var allowed = await authorization.AuthorizeAsync(HandlerWorld.User("JD-510115001"), s_heping, GovernancePolicies.TaskSetting);
        var refused = await authorization.AuthorizeAsync(HandlerWorld.User("JWH-510115001001"), s_heping, GovernancePolicies.InspectionAndAssessment);
        var noActor = await authorization.AuthorizeAsync(HandlerWorld.User(null), s_heping, GovernancePolicies.TimeScheduling);
        var noUnit = await authorization.AuthorizeAsync(HandlerWorld.User("JD-510115001"), "no unit here", GovernancePolicies.ResourceAllocation);
        root.Stop();
        await host.StopAsync();

        Assert.True(allowed.Succeeded);
        Assert.False(refused.Succeeded);
        var checks = _telemetry.Under(root).Where(a => a.OperationName == "governance.rights.check").OrderBy(a => a.StartTimeUtc).ToList();
        Assert.False(noActor.Succeeded);
        Assert.False(noUnit.Succeeded);
        Assert.Equal(4, checks.Count);
        Assert.Equal(["TaskSetting", "InspectionAndAssessment", "TimeScheduling", "ResourceAllocation"], checks.Select(a => (string?)a.GetTagItem(GovernanceTelemetry.PowerTag)));
        Assert.Equal(["allowed", "refused", "refused", "refused"], checks.Select(a => (string?)a.GetTagItem(GovernanceTelemetry.OutcomeTag)));
        Assert.Equal(["administrative:510115001001", "administrative:510115001001", "administrative:510115001001", null], checks.Select(a => (string?)a.GetTagItem(GovernanceTelemetry.UnitTag)));
        Assert.NotEmpty(_telemetry.Measured("governance.rights.check.duration", GovernanceTelemetry.PowerTag, "InspectionAndAssessment"));
        AssertNoPersonalData(checks.SelectMany(a => a.TagObjects), "JD-510115001", "JWH-510115001001");
    }

    [Fact]
    public async Task A_projection_s_batches_are_traced_and_a_failing_one_names_the_rule()
    {
        var failing = new FailingProjection();
        using var host = Host(services => services.AddSingleton<IProjection>(failing));
        var store = host.Services.GetRequiredService<IEventStore>();
        var runner = host.Services.GetRequiredService<ProjectionRunner>();

        using var root = TelemetryRecorder.Root();
        await store.SaveAsync(Demand.Raise(new DemandId("SQ-PROJ-1"), new("JM-0001"), s_heping, DemandCategory.PublicService, "路灯", "路灯坏了", DemandDeadlines.Default, GovernancePowerHandlerTests.Directory, s_now));
        await runner.CatchUpAsync(); // The failing projection stops; the others reach the end.
        root.Stop();

        var batches = _telemetry.Under(root).Where(a => a.OperationName == "governance.projection.apply").ToList();
        Assert.Contains(batches, a => (string?)a.GetTagItem(GovernanceTelemetry.OutcomeTag) == "done"); // The library's own projections.
        var failed = Assert.Single(batches, a => (string?)a.GetTagItem(GovernanceTelemetry.ProjectionTag) == FailingProjection.Title);
        Assert.Equal("failed", failed.GetTagItem(GovernanceTelemetry.OutcomeTag));
        Assert.Equal(StorageRules.ProjectionAppliesEveryEvent, failed.GetTagItem(GovernanceTelemetry.RuleTag));
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.NotEmpty(_telemetry.Measured("governance.projection.apply.duration", GovernanceTelemetry.ProjectionTag, FailingProjection.Title));
    }

    [Fact]
    public async Task A_store_the_vendor_registered_is_used_and_traced()
    {
        var vendor = new InMemoryEventStore();
        using var host = Host(services => services.AddSingleton<IEventStore>(vendor));
        var store = host.Services.GetRequiredService<IEventStore>();

        using var root = TelemetryRecorder.Root();
        await store.SaveAsync(Demand.Raise(new DemandId("SQ-VENDOR-1"), new("JM-0001"), s_heping, DemandCategory.PublicService, "路灯", "路灯坏了", DemandDeadlines.Default, GovernancePowerHandlerTests.Directory, s_now));
        root.Stop();

        Assert.Same(vendor, Assert.IsType<InstrumentedEventStore>(store).Inner);
        Assert.Single(await vendor.ReadStreamAsync(Demand.StreamOf(new DemandId("SQ-VENDOR-1")).Name));
        Assert.Single(_telemetry.Under(root), a => a.OperationName == "governance.store.append");
    }

    public void Dispose()
    {
        _telemetry.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static void AssertNoPersonalData(IEnumerable<KeyValuePair<string, object?>> tags, params string[] secrets) =>
        Assert.DoesNotContain(tags, t => t.Value?.ToString() is { } value && secrets.Any(s => value.Contains(s, StringComparison.Ordinal)));

    // A vendor's store that appends but does not import.
    private sealed class AppendOnly(IEventStore inner) : IEventStore
    {
        public TenantId Tenant => inner.Tenant;

        public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(StreamName stream, CancellationToken cancellationToken = default) => inner.ReadStreamAsync(stream, cancellationToken);

        public Task<AppendResult> AppendAsync(StreamName stream, long expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken = default) =>
            inner.AppendAsync(stream, expectedVersion, events, cancellationToken);

        public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default) => inner.ReadAllAsync(afterPosition, maxCount, cancellationToken);

        public IAsyncEnumerable<StreamName> ListStreamsAsync(string kind, CancellationToken cancellationToken = default) => inner.ListStreamsAsync(kind, cancellationToken);
    }

    private static DomainEvent Raised(string id) =>
        Demand.Raise(new DemandId(id), new("JM-0001"), s_heping, DemandCategory.PublicService, "路灯", "路灯坏了", DemandDeadlines.Default, GovernancePowerHandlerTests.Directory, s_now).PendingEvents.First();

    private IHost Host(Action<IServiceCollection>? vendor = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IClock>(new FakeClock(s_now));
        vendor?.Invoke(builder.Services);
        builder.Services.AddCommunityGovernance(options =>
        {
            options.UseSqlite(Path.Combine(_directory, "governance.db"));
            options.PersonalDataKeys = new InMemoryPersonalDataKeyStore();
            options.CatchUpBeforeStart = vendor is null;
        });
        return builder.Build();
    }

    private sealed class FailingProjection : IProjection
    {
        public const string Title = "failing-test-projection";

        public string Name => Title;

        public ValueTask<long> LoadCheckpointAsync(CancellationToken cancellationToken) => ValueTask.FromResult(0L);

        public ValueTask ApplyAsync(IReadOnlyList<RecordedEvent> batch, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("this projection cannot apply anything");
    }
}
