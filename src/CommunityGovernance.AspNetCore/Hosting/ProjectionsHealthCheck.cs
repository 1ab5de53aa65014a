using CommunityGovernance.Storage.Projections;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CommunityGovernance.AspNetCore.Hosting;

/// <summary>Healthy when every projection follows the feed live; degraded while one catches up; unhealthy when one failed.</summary>
internal sealed class ProjectionsHealthCheck(ProjectionRunner runner) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var statuses = runner.Statuses;
        var data = statuses.ToDictionary(s => s.Name, s => (object)$"{s.State} at {s.Checkpoint}");
        if (statuses.FirstOrDefault(s => s.State == ProjectionState.Failed) is { } failed)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"Projection '{failed.Name}' failed at {failed.Checkpoint}.", failed.Failure, data));
        }

        return Task.FromResult(statuses.Any(s => s.State == ProjectionState.CatchingUp)
            ? HealthCheckResult.Degraded("A projection is still catching up with the feed.", data: data)
            : HealthCheckResult.Healthy("Every projection follows the feed.", data));
    }
}
