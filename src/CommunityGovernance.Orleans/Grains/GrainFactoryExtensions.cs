using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;

namespace CommunityGovernance.Orleans.Grains;

/// <summary>Reaching an aggregate's grain from a client or another grain.</summary>
public static class GrainFactoryExtensions
{
    /// <summary>The grain of a tenant's aggregate, e.g. <c>grains.GetAggregate(tenant, Demand.StreamOf(id))</c>.</summary>
    /// <typeparam name="TAggregate">The aggregate type, inferred from the stream.</typeparam>
    /// <param name="grains">The grain factory (a cluster client, or a grain's <c>GrainFactory</c>).</param>
    /// <param name="tenant">The tenant.</param>
    /// <param name="stream">The aggregate's stream.</param>
    /// <returns>A reference to the grain; nothing is activated until it is called.</returns>
    public static IAggregateGrain<TAggregate> GetAggregate<TAggregate>(this IGrainFactory grains, TenantId tenant, StreamName<TAggregate> stream)
        where TAggregate : AggregateRoot, IEventSourced<TAggregate>
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<IAggregateGrain<TAggregate>>(AggregateGrainKey.Format(tenant, stream));
    }
}
