using System.Collections.Concurrent;
using System.Globalization;
using CommunityGovernance.Orleans.Hosting;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Marten;
using CommunityGovernance.Storage.PersonalData;
using CommunityGovernance.Tests.Servers;
using JasperFx;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace CommunityGovernance.Orleans.Tests;

/// <summary>
/// Three silos on loopback TCP, their membership in the Redis server and their aggregates in the PostgreSQL cluster
/// that the tests start, each silo with its own Marten store over one schema, as separate machines would have.
/// </summary>
/// <remarks>
/// The silos share one personal-data key store (a cluster shares its key-management service: an event one silo
/// encrypted must be readable on every other). The servers and the cluster start once per test assembly.
/// </remarks>
public sealed class GovernanceCluster : IAsyncLifetime
{
    /// <summary>The tenant whose read models every silo runs.</summary>
    public static readonly TenantId ReadModelTenant = new("510115");

    private const string PostgresKey = "CommunityGovernance:Postgres";
    private const string RedisKey = "CommunityGovernance:Redis";
    private const string SchemaKey = "CommunityGovernance:Schema";
    private const string KeysKey = "CommunityGovernance:Keys";
    private static readonly ConcurrentDictionary<string, IPersonalDataKeyStore> s_keyStores = new();
    private static int s_next;

    private readonly PostgresServer _postgres = new();
    private readonly RedisServer _redis = new();
    private readonly string _keys = string.Create(CultureInfo.InvariantCulture, $"cluster-{Environment.ProcessId}-{Interlocked.Increment(ref s_next)}");
    private DocumentStore? _store;

    /// <summary>Why the cluster cannot run here, or <see langword="null"/>.</summary>
    public string? UnavailableReason => _postgres.UnavailableReason ?? _redis.UnavailableReason;

    /// <summary>The running cluster.</summary>
    public TestCluster Cluster { get; private set; } = null!;

    /// <summary>The test's own view of the store (another Marten store over the same schema).</summary>
    public MartenEventStore Store(TenantId tenant) => new(_store!, tenant);

    /// <summary>A fresh tenant, so that each property case starts on empty streams.</summary>
    public static TenantId FreshTenant(string prefix) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{prefix}-{Interlocked.Increment(ref s_next)}"));

    /// <summary>The read models of a tenant on a running silo.</summary>
    public static GovernanceReadModels ReadModelsOn(SiloHandle silo, TenantId tenant) =>
        ((InProcessSiloHandle)silo).ServiceProvider.GetRequiredService<GovernanceTenants>().ReadModels(tenant)
            ?? throw new InvalidOperationException($"No read models for {tenant} on {silo.Name}.");

    public async Task InitializeAsync()
    {
        if (UnavailableReason is not null)
        {
            return;
        }

        var connection = await _postgres.CreateDatabaseAsync("cluster");
        const string schema = "governance";
        s_keyStores[_keys] = new InMemoryPersonalDataKeyStore();
        _store = OpenMarten(connection, schema, _keys);
        await _store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var builder = new TestClusterBuilder(3);
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        builder.Options.ConfigureFileLogging = false;
        builder.Properties[PostgresKey] = connection;
        builder.Properties[RedisKey] = _redis.ConnectionString;
        builder.Properties[SchemaKey] = schema;
        builder.Properties[KeysKey] = _keys;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.StopAllSilosAsync();
            await Cluster.DisposeAsync();
        }

        _store?.Dispose();
        s_keyStores.TryRemove(_keys, out _);
        _redis.Dispose();
        _postgres.Dispose();
    }

    private static DocumentStore OpenMarten(string connection, string schema, string keys) => DocumentStore.For(options =>
    {
        options.Connection(connection);
        options.DatabaseSchemaName = schema;
        options.AutoCreateSchemaObjects = AutoCreate.None;
        options.UseCommunityGovernance(new DomainEventSerializer(personalDataKeys: s_keyStores[keys]));
    });

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var configuration = siloBuilder.Configuration;
            siloBuilder.UseRedisClustering(configuration[RedisKey]!);

            // Death is noticed, and a call to a dead silo times out, within seconds rather than the production defaults'
            // tens of seconds, so the fault test's survivors take over the dead silo's grains while it runs.
            siloBuilder.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(1);
                o.NumMissedProbesLimit = 2;
                o.NumVotesForDeathDeclaration = 1;
                o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
            });
            siloBuilder.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5));
            siloBuilder.Services.AddSingleton(_ => OpenMarten(configuration[PostgresKey]!, configuration[SchemaKey]!, configuration[KeysKey]!));
            siloBuilder.AddCommunityGovernance(options =>
            {
                options.OpenStore = (services, tenant) => new MartenEventStore(services.GetRequiredService<DocumentStore>(), tenant);
                options.Tenants.Add(ReadModelTenant);
                options.ReadModelOptions = new Storage.Projections.ProjectionRunnerOptions { PollInterval = TimeSpan.FromMilliseconds(50) };
            });
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder)
        {
            clientBuilder.UseRedisClustering(configuration[RedisKey]!);
            clientBuilder.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5));
            clientBuilder.AddCommunityGovernance();
        }
    }
}

/// <summary>The collection whose classes share one <see cref="GovernanceCluster"/>.</summary>
[CollectionDefinition(Name)]
public sealed class GovernanceClusterCollection : ICollectionFixture<GovernanceCluster>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Governance cluster";
}
