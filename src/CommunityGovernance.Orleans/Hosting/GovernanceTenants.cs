using System.Collections.Concurrent;
using CommunityGovernance.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace CommunityGovernance.Orleans.Hosting;

/// <summary>
/// A silo's view of the tenants: each tenant's store, opened once, and the read models of the tenants listed in
/// <see cref="CommunityGovernanceSiloOptions.Tenants"/>, caught up when the silo starts (before it takes commands) and
/// following the feed until it stops.
/// </summary>
public sealed partial class GovernanceTenants : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly CommunityGovernanceSiloOptions _options;
    private readonly IServiceProvider _services;
    private readonly ILogger<GovernanceTenants> _logger;
    private readonly ConcurrentDictionary<TenantId, IEventStore> _stores = new();
    private readonly Dictionary<TenantId, GovernanceReadModels> _readModels = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _running = [];

    /// <summary>Creates the view; the silo set-up registers it.</summary>
    /// <param name="options">The options.</param>
    /// <param name="services">The silo's services, handed to <see cref="CommunityGovernanceSiloOptions.OpenStore"/>.</param>
    /// <param name="logger">Where read-model failures are logged.</param>
    /// <exception cref="InvalidOperationException">No <see cref="CommunityGovernanceSiloOptions.OpenStore"/> was given.</exception>
    public GovernanceTenants(CommunityGovernanceSiloOptions options, IServiceProvider services, ILogger<GovernanceTenants> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _services = services;
        _logger = logger;
        if (options.OpenStore is null)
        {
            throw new InvalidOperationException("CommunityGovernanceSiloOptions.OpenStore is required: every silo must open the tenants' shared store.");
        }

        foreach (var tenant in options.Tenants.Distinct())
        {
            _readModels.Add(tenant, new GovernanceReadModels(Store(tenant), options.ReadModelOptions));
        }
    }

    /// <summary>How often a command runs in all when concurrent writers keep moving its stream.</summary>
    public int Attempts => _options.Attempts;

    /// <summary>The tenant's store.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <returns>The store, opened on first use.</returns>
    public IEventStore Store(TenantId tenant) => _stores.GetOrAdd(tenant, t => _options.OpenStore!(_services, t)
        ?? throw new InvalidOperationException($"CommunityGovernanceSiloOptions.OpenStore returned no store for tenant '{t}'."));

    /// <summary>The tenant's read models on this silo, or <see langword="null"/> when the tenant is not listed.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <returns>The read models.</returns>
    public GovernanceReadModels? ReadModels(TenantId tenant) => _readModels.GetValueOrDefault(tenant);

    /// <summary>Joins the silo's lifecycle: read models catch up as application services start, and stop with the silo.</summary>
    /// <param name="lifecycle">The silo's lifecycle.</param>
    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(nameof(GovernanceTenants), ServiceLifecycleStage.ApplicationServices, StartAsync, StopAsync);
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var models in _readModels.Values)
        {
            await models.Runner.CatchUpAsync(cancellationToken).ConfigureAwait(false);
            _running.Add(FollowAsync(models));
        }
    }

    private async Task FollowAsync(GovernanceReadModels models)
    {
        try
        {
            await models.Runner.RunAsync(_stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The silo is stopping.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A store that stays unreachable stops the runner; the statuses say so, and the log names the tenant.
            LogFollowFailed(_logger, models.Tenant.Value, e);
        }
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_running).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The read models of tenant {Tenant} stopped following the feed")]
    private static partial void LogFollowFailed(ILogger logger, string tenant, Exception exception);
}
