using System.Diagnostics;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;

namespace CommunityGovernance.AspNetCore.Diagnostics;

/// <summary>
/// An <see cref="IEventStore"/> that traces and counts every append of the store it wraps, tagged with the stream's
/// kind, which is the aggregate's kind (<c>demand</c>, <c>governance-right</c>, …; never the stream's key, which may name
/// a person), the outcome and, when the store refuses, the rule. Imports are traced as one activity and their events
/// counted by stream kind. Reads pass straight through.
/// </summary>
/// <remarks>
/// <see cref="CommunityGovernanceServiceCollectionExtensions.AddCommunityGovernance"/> registers the store wrapped in
/// it, the vendor's own <see cref="IEventStore"/> too, so a plain <c>store.SaveAsync(aggregate)</c> in an endpoint is
/// traced without <see cref="GovernanceCommand"/>.
/// </remarks>
/// <param name="inner">The store that keeps the events.</param>
public sealed class InstrumentedEventStore(IEventStore inner) : IImportingEventStore
{
    private readonly IEventStore _inner = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <summary>The store that keeps the events.</summary>
    public IEventStore Inner => _inner;

    /// <inheritdoc />
    public TenantId Tenant => _inner.Tenant;

    /// <inheritdoc />
    public async Task<AppendResult> AppendAsync(StreamName stream, long expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var activity = GovernanceTelemetry.ActivitySource.StartActivity("governance.store.append", ActivityKind.Client);
        activity?.SetTag(GovernanceTelemetry.StreamKindTag, stream.Kind);
        activity?.SetTag(GovernanceTelemetry.EventsTag, events.Count);
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        string? rule = null;
        try
        {
            var result = await _inner.AppendAsync(stream, expectedVersion, events, cancellationToken).ConfigureAwait(false);
            outcome = "done";
            GovernanceTelemetry.AppendedEvents.Add(events.Count, new KeyValuePair<string, object?>(GovernanceTelemetry.StreamKindTag, stream.Kind));
            return result;
        }
        catch (Exception e)
        {
            (outcome, rule) = OutcomeOf(e);
            throw;
        }
        finally
        {
            activity?.SetTag(GovernanceTelemetry.OutcomeTag, outcome);
            var tags = new TagList
            {
                { GovernanceTelemetry.StreamKindTag, stream.Kind },
                { GovernanceTelemetry.OutcomeTag, outcome },
            };
            if (rule is not null)
            {
                tags.Add(GovernanceTelemetry.RuleTag, rule);
                activity?.SetTag(GovernanceTelemetry.RuleTag, rule);
            }

            if (outcome != "done")
            {
                activity?.SetStatus(ActivityStatusCode.Error, rule ?? outcome);
            }

            GovernanceTelemetry.Appends.Add(1, tags);
            GovernanceTelemetry.AppendDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    /// <summary>Whether the wrapped store imports (<see cref="IImportingEventStore"/>); every store of the library does.</summary>
    public bool CanImport => _inner is IImportingEventStore;

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">The wrapped store does not import (<see cref="CanImport"/>).</exception>
    public async Task<ImportResult> ImportAsync(IReadOnlyList<NewStream> streams, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streams);
        var importing = _inner as IImportingEventStore
            ?? throw new NotSupportedException($"The store this host was given ({_inner.GetType().Name}) does not import; implement {nameof(IImportingEventStore)} or save aggregate by aggregate.");
        using var activity = GovernanceTelemetry.ActivitySource.StartActivity("governance.store.import", ActivityKind.Client);
        activity?.SetTag(GovernanceTelemetry.EventsTag, streams.Sum(s => s.Events?.Count ?? 0));
        try
        {
            var result = await importing.ImportAsync(streams, cancellationToken).ConfigureAwait(false);
            activity?.SetTag(GovernanceTelemetry.OutcomeTag, "done");
            foreach (var kind in streams.GroupBy(s => s.Stream.Kind, StringComparer.Ordinal))
            {
                GovernanceTelemetry.AppendedEvents.Add(kind.Sum(s => s.Events.Count), new KeyValuePair<string, object?>(GovernanceTelemetry.StreamKindTag, kind.Key));
            }

            return result;
        }
        catch (Exception e) when (activity is not null)
        {
            var (outcome, rule) = OutcomeOf(e);
            activity.SetTag(GovernanceTelemetry.OutcomeTag, outcome);
            activity.SetTag(GovernanceTelemetry.RuleTag, rule);
            activity.SetStatus(ActivityStatusCode.Error, rule ?? e.GetType().Name);
            throw;
        }
    }

    // How a failed write is tagged: a conflict or a refusal with the rule that made it, anything else a failure.
    private static (string Outcome, string? Rule) OutcomeOf(Exception e) => e switch
    {
        ConcurrencyConflictException conflict => ("conflict", conflict.Rule),
        DomainException refusal => ("refused", refusal.Rule),
        _ => ("failed", null),
    };

    /// <inheritdoc />
    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(StreamName stream, CancellationToken cancellationToken = default) =>
        _inner.ReadStreamAsync(stream, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default) =>
        _inner.ReadAllAsync(afterPosition, maxCount, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<StreamName> ListStreamsAsync(string kind, CancellationToken cancellationToken = default) =>
        _inner.ListStreamsAsync(kind, cancellationToken);
}
