using System.Diagnostics.Tracing;
using System.Globalization;

namespace CommunityGovernance.Benchmarks;

/// <summary>
/// A diagnostic for the national run, off unless asked for: <c>CG_GC_LOG=1</c> prints every garbage collection
/// (generation, reason, type, pause) to standard error; <c>CG_GC_LOG=alloc</c> also prints, after each phase, the types
/// allocated most (one tick per ~100 KB, from the runtime's allocation sampling). The listener slows the run: use it
/// to see where memory goes, never for the figures.
/// </summary>
internal sealed class GcLog : EventListener
{
    private readonly bool _allocations;
    private readonly Dictionary<long, (DateTime At, object? Depth, object? Reason, object? Type)> _started = [];
    private readonly Dictionary<string, int> _ticks = [];

    private GcLog(bool allocations)
    {
        _allocations = allocations;
        Current = this;
    }

    public static GcLog? Current { get; private set; }

    public static GcLog? FromEnvironment() => Environment.GetEnvironmentVariable("CG_GC_LOG") switch
    {
        null or "" => null,
        "alloc" => new GcLog(allocations: true),
        _ => new GcLog(allocations: false),
    };

    /// <summary>Prints and forgets the allocation ticks seen since the last flush.</summary>
    public void Flush()
    {
        if (!_allocations)
        {
            return;
        }

        Thread.Sleep(500); // events arrive on the listener's thread, a little late
        lock (_ticks)
        {
            Console.Error.WriteLine("-- allocated most (ticks of ~100 KB):");
            foreach (var (type, count) in _ticks.OrderByDescending(t => t.Value).Take(14))
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {count,6} {type}"));
            }

            _ticks.Clear();
        }
    }

    public override void Dispose()
    {
        Current = null;
        base.Dispose();
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            // Keyword 0x1 is the GC keyword; at verbose level it includes the allocation ticks.
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || eventData.Payload is not { } payload || eventData.PayloadNames is not { } names)
        {
            return;
        }

        if (name.StartsWith("GCAllocationTick", StringComparison.Ordinal))
        {
            if (_allocations && payload[names.IndexOf("TypeName")] is string type)
            {
                lock (_ticks)
                {
                    _ticks[type] = _ticks.GetValueOrDefault(type) + 1;
                }
            }
        }
        else if (name.StartsWith("GCStart", StringComparison.Ordinal))
        {
            _started[Convert.ToInt64(payload[names.IndexOf("Count")], CultureInfo.InvariantCulture)] =
                (eventData.TimeStamp, payload[names.IndexOf("Depth")], payload[names.IndexOf("Reason")], payload[names.IndexOf("Type")]);
        }
        else if (name.StartsWith("GCEnd", StringComparison.Ordinal)
                 && _started.Remove(Convert.ToInt64(payload[names.IndexOf("Count")], CultureInfo.InvariantCulture), out var started))
        {
            // Reason 0: small allocations; 4: a large object. Type 0: blocking; 1: background; 2: foreground.
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"GC gen {started.Depth}, reason {started.Reason}, type {started.Type}: {(eventData.TimeStamp - started.At).TotalMilliseconds:N0} ms"));
        }
    }
}
