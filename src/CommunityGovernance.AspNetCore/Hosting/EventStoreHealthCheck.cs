using CommunityGovernance.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CommunityGovernance.AspNetCore.Hosting;

/// <summary>Healthy when the store answers a read of its feed's first event.</summary>
internal sealed class EventStoreHealthCheck(IEventStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.ReadAllAsync(0, 1, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("The event store answers.");
        }
#pragma warning disable CA1031 // Any failure to read is the answer: the store is unhealthy.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("The event store does not answer.", exception);
        }
    }
}
