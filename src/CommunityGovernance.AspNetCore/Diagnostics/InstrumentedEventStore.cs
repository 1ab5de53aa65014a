using System.Diagnostics;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;

namespace CommunityGovernance.AspNetCore.Diagnostics;

/// <summary>
/// An <see cref="IEventStore"/> that traces and counts every append of the store it wraps, tagged with the stream's
/// kind (never its key, which may name a person). Reads pass straight through.
/// </summary>
/// <param name="inner">The store that keeps the events.</param>
public sealed class InstrumentedEventStore(IEventStore inner) : IEventStore
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
        activity?.SetTag("governance.events", events.Count);
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await _inner.AppendAsync(stream, expectedVersion, events, cancellationToken).ConfigureAwait(false);
            outcome = "done";
            GovernanceTelemetry.AppendedEvents.Add(events.Count, new KeyValuePair<string, object?>(GovernanceTelemetry.StreamKindTag, stream.Kind));
            return result;
        }
        catch (ConcurrencyConflictException)
        {
            outcome = "conflict";
            throw;
        }
        finally
        {
            activity?.SetTag(GovernanceTelemetry.OutcomeTag, outcome);
            GovernanceTelemetry.AppendDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>(GovernanceTelemetry.StreamKindTag, stream.Kind),
                new KeyValuePair<string, object?>(GovernanceTelemetry.OutcomeTag, outcome));
        }
    }

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
