using System.Diagnostics;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;

namespace CommunityGovernance.AspNetCore.Diagnostics;

/// <summary>Traces and counts each batch a projection applies; everything else passes straight through.</summary>
internal class InstrumentedProjection(IProjection inner) : IProjection
{
    public IProjection Inner { get; } = inner;

    public string Name => Inner.Name;

    public ValueTask<long> LoadCheckpointAsync(CancellationToken cancellationToken) => Inner.LoadCheckpointAsync(cancellationToken);

    public async ValueTask ApplyAsync(IReadOnlyList<RecordedEvent> batch, CancellationToken cancellationToken)
    {
        using var activity = GovernanceTelemetry.ActivitySource.StartActivity("governance.projection.apply", ActivityKind.Internal);
        activity?.SetTag(GovernanceTelemetry.ProjectionTag, Inner.Name);
        activity?.SetTag(GovernanceTelemetry.EventsTag, batch.Count);
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            await Inner.ApplyAsync(batch, cancellationToken).ConfigureAwait(false);
            outcome = "done";
            GovernanceTelemetry.ProjectedEvents.Add(batch.Count, new KeyValuePair<string, object?>(GovernanceTelemetry.ProjectionTag, Inner.Name));
        }
        finally
        {
            activity?.SetTag(GovernanceTelemetry.OutcomeTag, outcome);
            var tags = new TagList
            {
                { GovernanceTelemetry.ProjectionTag, Inner.Name },
                { GovernanceTelemetry.OutcomeTag, outcome },
            };
            if (outcome != "done")
            {
                // The runner stops the projection at this batch under this rule (ProjectionFailedException).
                activity?.SetTag(GovernanceTelemetry.RuleTag, StorageRules.ProjectionAppliesEveryEvent);
                activity?.SetStatus(ActivityStatusCode.Error, StorageRules.ProjectionAppliesEveryEvent);
                tags.Add(GovernanceTelemetry.RuleTag, StorageRules.ProjectionAppliesEveryEvent);
            }

            GovernanceTelemetry.ProjectionDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    /// <summary>Wraps a projection, keeping a catch-up projection one.</summary>
    public static IProjection Wrap(IProjection projection) =>
        projection is ICatchUpProjection catchUp ? new InstrumentedCatchUpProjection(catchUp) : new InstrumentedProjection(projection);
}

/// <summary>The same for a projection that publishes what it applied (the live rights index).</summary>
internal sealed class InstrumentedCatchUpProjection(ICatchUpProjection inner) : InstrumentedProjection(inner), ICatchUpProjection
{
    public long PublishedPosition => inner.PublishedPosition;

    public ValueTask CatchingUpAsync(CancellationToken cancellationToken) => inner.CatchingUpAsync(cancellationToken);

    public ValueTask CaughtUpAsync(CancellationToken cancellationToken) => inner.CaughtUpAsync(cancellationToken);
}
