using CommunityGovernance.Storage;
using Wenjiang.Scenario;
using Wenjiang.Storage;

namespace StreetOffice.Desk;

/// <summary>
/// On the first run, stores the Wenjiang scenario (the district, its living communities, coverage, rights, actors,
/// demands and the eight items) so the desk opens on a governed district; later runs find it stored and leave it.
/// Registered before the library's hosted services, so the live rights index catches up with it at start-up.
/// </summary>
internal sealed partial class WenjiangSeed(IEventStore store, ILogger<WenjiangSeed> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if ((await store.ReadAllAsync(0, 1, cancellationToken)).Count != 0)
        {
            return;
        }

        var result = WenjiangScenario.Run(AppContext.BaseDirectory);
        var summary = await WenjiangStorage.SaveAsync(result, store, cancellationToken);
        LogSeeded(logger, summary.Streams, summary.Events);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Stored the Wenjiang scenario: {Streams} streams, {Events} events")]
    private static partial void LogSeeded(ILogger logger, int streams, int events);
}
