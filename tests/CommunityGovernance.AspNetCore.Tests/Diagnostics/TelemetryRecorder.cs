using System.Diagnostics;
using System.Diagnostics.Metrics;
using CommunityGovernance.AspNetCore.Diagnostics;

namespace CommunityGovernance.AspNetCore.Tests.Diagnostics;

/// <summary>
/// Records what the library's activity source and meter emit. Tests run in parallel, so a test starts a root activity
/// and reads the activities of its own trace, and tells its measurements apart by a tag value of its own.
/// </summary>
internal sealed class TelemetryRecorder : IDisposable
{
    private static readonly ActivitySource s_tests = new("CommunityGovernance.Tests");
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters = new();
    private readonly List<Activity> _stopped = [];
    private readonly List<Measurement> _measured = [];

    public TelemetryRecorder()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name is GovernanceTelemetry.Name or "CommunityGovernance.Tests",
            Sample = (ref _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (_stopped)
                {
                    _stopped.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == GovernanceTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(new Measurement(instrument.Name, value, tags.ToArray())));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(new Measurement(instrument.Name, value, tags.ToArray())));
        _meters.Start();
    }

    /// <summary>Starts the root of a test's own trace.</summary>
    public static Activity Root() => s_tests.StartActivity("test") ?? throw new InvalidOperationException("no listener");

    /// <summary>The library's activities stopped so far under <paramref name="root"/>.</summary>
    public IReadOnlyList<Activity> Under(Activity root)
    {
        lock (_stopped)
        {
            return [.. _stopped.Where(a => a.TraceId == root.TraceId && a.Source.Name == GovernanceTelemetry.Name)];
        }
    }

    /// <summary>The measurements so far of <paramref name="instrument"/> carrying <paramref name="tag"/> with <paramref name="value"/>.</summary>
    public IReadOnlyList<Measurement> Measured(string instrument, string tag, string value)
    {
        lock (_measured)
        {
            return [.. _measured.Where(m => m.Instrument == instrument && m.Tags.Any(t => t.Key == tag && (string?)t.Value == value))];
        }
    }

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private void Add(Measurement measurement)
    {
        lock (_measured)
        {
            _measured.Add(measurement);
        }
    }

    /// <summary>One measurement.</summary>
    internal sealed record Measurement(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)
    {
        public string? Tag(string key) => Tags.FirstOrDefault(t => t.Key == key).Value as string;
    }
}
