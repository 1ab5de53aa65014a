using CommunityGovernance.Storage.Projections;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommunityGovernance.AspNetCore.Hosting;

/// <summary>
/// Runs the <see cref="ProjectionRunner"/> (the live rights index and the vendor's projections) for the application's
/// lifetime: at start-up it first catches every projection up with the feed (unless
/// <see cref="CommunityGovernanceOptions.CatchUpBeforeStart"/> is off), then follows the feed until the host stops.
/// </summary>
internal sealed partial class ProjectionHostedService(ProjectionRunner runner, IOptions<CommunityGovernanceOptions> options, ILogger<ProjectionHostedService> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _following;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.CatchUpBeforeStart)
        {
            await runner.CatchUpAsync(cancellationToken).ConfigureAwait(false);
            LogCaughtUp(logger, runner.Statuses.Count);
        }

        _following = Task.Run(() => FollowAsync(_stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_following is null)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await _following.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task FollowAsync(CancellationToken stopping)
    {
        try
        {
            await runner.RunAsync(stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The host is stopping.
        }
#pragma warning disable CA1031 // A projection's failure is reported by the health check; the host keeps serving.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogStopped(logger, exception);
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "{Count} projections caught up with the feed")]
    private static partial void LogCaughtUp(ILogger logger, int count);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "The projections stopped following the feed")]
    private static partial void LogStopped(ILogger logger, Exception exception);
}
