using System.Globalization;
using System.Net;
using CommunityGovernance.Orleans.Hosting;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Tests.Servers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Cluster;

/// <summary>
/// Silos and a client in this process, on loopback TCP, their membership in Redis: what separate machines would run,
/// each silo with <see cref="CommunityGovernanceHosting.AddCommunityGovernance(Orleans.Hosting.ISiloBuilder, Action{CommunityGovernanceSiloOptions})"/>
/// and the client with its client counterpart.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private readonly List<IHost> _silos = [];
    private IHost? _client;

    private LocalCluster(string redis, Func<IServiceProvider, TenantId, IEventStore> openStore, IReadOnlyList<TenantId> tenants)
    {
        Redis = redis;
        OpenStore = openStore;
        Tenants = tenants;
    }

    /// <summary>The client, connected through any silo's gateway.</summary>
    public IClusterClient Client => _client!.Services.GetRequiredService<IClusterClient>();

    /// <summary>The running silos' hosts.</summary>
    public IReadOnlyList<IHost> Silos => _silos;

    private string Redis { get; }

    private Func<IServiceProvider, TenantId, IEventStore> OpenStore { get; }

    private IReadOnlyList<TenantId> Tenants { get; }

    /// <summary>Starts <paramref name="silos"/> silos, then a client.</summary>
    /// <param name="silos">How many silos.</param>
    /// <param name="redis">The Redis configuration string of the membership table.</param>
    /// <param name="openStore">Opens a tenant's store on a silo.</param>
    /// <param name="tenants">The tenants whose read models every silo runs.</param>
    /// <returns>The running cluster.</returns>
    public static async Task<LocalCluster> StartAsync(int silos, string redis, Func<IServiceProvider, TenantId, IEventStore> openStore, IReadOnlyList<TenantId> tenants)
    {
        var cluster = new LocalCluster(redis, openStore, tenants);
        for (var i = 0; i < silos; i++)
        {
            await cluster.StartSiloAsync();
        }

        cluster._client = new HostBuilder()
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .UseOrleansClient(client =>
            {
                client.UseRedisClustering(redis);
                client.Configure<ClusterOptions>(Identify);
                client.AddCommunityGovernance();
            })
            .Build();
        await cluster._client.StartAsync();
        return cluster;
    }

    /// <summary>The read models of a tenant on one silo.</summary>
    /// <param name="silo">The silo's host.</param>
    /// <param name="tenant">The tenant.</param>
    /// <returns>The read models.</returns>
    public static GovernanceReadModels ReadModelsOn(IHost silo, TenantId tenant) =>
        silo.Services.GetRequiredService<GovernanceTenants>().ReadModels(tenant) ?? throw new InvalidOperationException($"No read models of {tenant} on this silo.");

    /// <summary>Stops the client, then the silos, each leaving the cluster gracefully.</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.StopAsync();
            _client.Dispose();
        }

        foreach (var silo in _silos)
        {
            await silo.StopAsync();
            silo.Dispose();
        }
    }

    private static void Identify(ClusterOptions options)
    {
        options.ClusterId = "cluster-sample";
        options.ServiceId = "community-governance";
    }

    private async Task StartSiloAsync()
    {
        var silo = new HostBuilder()
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .UseOrleans(builder =>
            {
                builder.UseRedisClustering(Redis);
                builder.Configure<ClusterOptions>(Identify);
                builder.ConfigureEndpoints(IPAddress.Loopback, LoopbackPort.Free(), LoopbackPort.Free());
                builder.AddCommunityGovernance(options =>
                {
                    options.OpenStore = OpenStore;
                    foreach (var tenant in Tenants)
                    {
                        options.Tenants.Add(tenant);
                    }

                    options.ReadModelOptions = new ProjectionRunnerOptions { PollInterval = TimeSpan.FromMilliseconds(50) };
                });
            })
            .Build();
        await silo.StartAsync();
        _silos.Add(silo);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"silo {_silos.Count} started"));
    }
}
