using CommunityGovernance.Orleans.Commands;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;

namespace CommunityGovernance.Orleans.Hosting;

/// <summary>How a silo reaches the tenants' stores and which tenants' read models it runs.</summary>
public sealed class CommunityGovernanceSiloOptions
{
    /// <summary>
    /// Opens a tenant's store (e.g. <c>(services, tenant) =&gt; martenStore.ForTenant(tenant)</c>); called once per tenant
    /// per silo. Required. Every silo must reach the same store: a cluster's aggregates live in it, not in the silos.
    /// </summary>
    public Func<IServiceProvider, TenantId, IEventStore>? OpenStore { get; set; }

    /// <summary>The tenants whose read models every silo runs from the store's feed, caught up before the silo takes commands.</summary>
    public IList<TenantId> Tenants { get; } = [];

    /// <summary>The read models' runner options; <see langword="null"/> for the defaults (a poll every 200 ms).</summary>
    public ProjectionRunnerOptions? ReadModelOptions { get; set; }

    /// <summary>How often a command runs in all when concurrent writers keep moving its stream (at least 1).</summary>
    public int Attempts { get; set => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A command runs at least once."); } = AggregateCommands.DefaultAttempts;
}
