using CommunityGovernance.Kernel;
using CommunityGovernance.Orleans.Hosting;
using CommunityGovernance.Storage;

namespace CommunityGovernance.Orleans.Commands;

/// <summary>
/// What a command may read besides its own aggregate: the tenant's store (to load another aggregate read-only) and the
/// tenant's read models on the silo the command runs on.
/// </summary>
/// <remarks>
/// A command must not save through <see cref="Store"/>: an aggregate is written only by its own grain, which is what
/// keeps one writer per stream on a cluster. Reads through it see what is committed; read models see what their
/// runner has applied, which may trail the store by the runner's poll interval (read your own writes with
/// <see cref="GovernanceReadModels.Runner"/>'s <c>WaitForAsync</c>).
/// </remarks>
public sealed class AggregateCommandContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="store">The tenant's store.</param>
    /// <param name="readModels">The tenant's read models, or <see langword="null"/> where none run.</param>
    /// <param name="services">The services of the silo (or process), for a vendor's own read models.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is <see langword="null"/>.</exception>
    public AggregateCommandContext(IEventStore store, GovernanceReadModels? readModels = null, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        Store = store;
        ReadModelsOrNull = readModels;
        Services = services;
    }

    /// <summary>The tenant the command runs for.</summary>
    public TenantId Tenant => Store.Tenant;

    /// <summary>The tenant's store: load other aggregates from it, never save through it.</summary>
    public IEventStore Store { get; }

    /// <summary>The tenant's read models on this silo.</summary>
    /// <exception cref="InvalidOperationException">No read models run where the command runs.</exception>
    public GovernanceReadModels ReadModels => ReadModelsOrNull ?? throw new InvalidOperationException(
        $"No read models run for tenant '{Tenant}' here: list the tenant in the silo's CommunityGovernanceSiloOptions.Tenants.");

    /// <summary>The tenant's read models on this silo, or <see langword="null"/> where none run.</summary>
    public GovernanceReadModels? ReadModelsOrNull { get; }

    /// <summary>
    /// The tenant's read models on this silo once they hold every event up to <paramref name="position"/>: a command
    /// that depends on an earlier write (an actor registered, a district established) carries that write's
    /// <see cref="CommandOutcome.LastPosition"/>, and reads its own writes on whichever silo it runs.
    /// </summary>
    /// <param name="position">The feed position the read models must have applied; 0 for none.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The read models.</returns>
    /// <exception cref="InvalidOperationException">No read models run where the command runs.</exception>
    /// <exception cref="TimeoutException">They did not get there within <see cref="ReadModelWait"/>.</exception>
    public async Task<GovernanceReadModels> ReadModelsAtAsync(long position, CancellationToken cancellationToken = default)
    {
        var models = ReadModels;
        if (position > 0)
        {
            await models.Runner.WaitForAsync(position, ReadModelWait, cancellationToken).ConfigureAwait(false);
        }

        return models;
    }

    /// <summary>How long <see cref="ReadModelsAtAsync"/> waits for the read models to reach a position: 30 seconds.</summary>
    public static TimeSpan ReadModelWait { get; } = TimeSpan.FromSeconds(30);

    /// <summary>The silo's (or process's) services, or <see langword="null"/>.</summary>
    public IServiceProvider? Services { get; }

    /// <summary>Loads another aggregate, read-only, as stored now.</summary>
    /// <typeparam name="TOther">The aggregate type.</typeparam>
    /// <param name="stream">Its stream.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="DomainRuleViolationException">The stream was never written (rule <c>AggregateExists</c>).</exception>
    public async Task<TOther> LoadAsync<TOther>(StreamName<TOther> stream, CancellationToken cancellationToken = default)
        where TOther : AggregateRoot, IEventSourced<TOther> =>
        await Store.LoadAsync(stream, cancellationToken).ConfigureAwait(false)
            ?? throw new DomainRuleViolationException(ClusterRules.AggregateExists, $"Stream '{stream}' of tenant '{Tenant}' has never been written.");
}
