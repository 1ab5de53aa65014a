using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage;

/// <summary>
/// The argument checks every <see cref="IEventStore"/> makes, in one place, so that all stores (this library's and a
/// vendor's own) refuse the same input with the same rules.
/// </summary>
public static class EventStoreGuards
{
    /// <summary>The most events an append takes at once.</summary>
    public const int MaxAppendCount = 100_000;

    /// <summary>Checks an append's arguments.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="expectedVersion">The expected version.</param>
    /// <param name="events">The events.</param>
    /// <exception cref="DomainRuleViolationException">The stream name is empty, the version negative, or the events none, too many, or null.</exception>
    public static void Append(StreamName stream, long expectedVersion, IReadOnlyList<DomainEvent>? events)
    {
        Stream(stream);
        if (expectedVersion < 0)
        {
            throw new DomainRuleViolationException(StorageRules.AppendIsWellFormed, $"An append expects a version of 0 or more, not {expectedVersion}.");
        }

        if (events is null || events.Count == 0 || events.Count > MaxAppendCount)
        {
            throw new DomainRuleViolationException(StorageRules.AppendIsWellFormed, $"An append holds 1 to {MaxAppendCount} events.");
        }

        foreach (var domainEvent in events)
        {
            if (domainEvent is null)
            {
                throw new DomainRuleViolationException(StorageRules.AppendIsWellFormed, "An append holds no null events.");
            }
        }
    }

    /// <summary>Checks an import's arguments: each stream a well-formed first append, no stream named twice.</summary>
    /// <param name="streams">The new streams.</param>
    /// <returns>How many events the import holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="streams"/> is null.</exception>
    /// <exception cref="DomainRuleViolationException">
    /// A stream's name is empty or its events none, too many or null (<see cref="StorageRules.StreamNameIsWellFormed"/>,
    /// <see cref="StorageRules.AppendIsWellFormed"/>), or a stream is named twice (<see cref="StorageRules.ImportIsWellFormed"/>).
    /// </exception>
    public static long Import(IReadOnlyList<NewStream> streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        var named = new HashSet<StreamName>(streams.Count);
        var events = 0L;
        foreach (var stream in streams)
        {
            Append(stream.Stream, 0, stream.Events);
            if (!named.Add(stream.Stream))
            {
                throw new DomainRuleViolationException(StorageRules.ImportIsWellFormed, $"An import names each stream once; '{stream.Stream}' is named twice.");
            }

            events += stream.Events.Count;
        }

        return events;
    }

    /// <summary>Checks a stream name.</summary>
    /// <param name="stream">The stream.</param>
    /// <exception cref="DomainRuleViolationException">The name is the default value (<see cref="StorageRules.StreamNameIsWellFormed"/>).</exception>
    public static void Stream(StreamName stream)
    {
        if (stream.IsEmpty)
        {
            throw new DomainRuleViolationException(StorageRules.StreamNameIsWellFormed, "A stream name is required; take it from the aggregate or its id.");
        }
    }

    /// <summary>Checks a feed read's arguments.</summary>
    /// <param name="afterPosition">The last position seen.</param>
    /// <param name="maxCount">The batch size.</param>
    /// <exception cref="ArgumentOutOfRangeException">The position is negative or the batch size not positive.</exception>
    public static void Feed(long afterPosition, int maxCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterPosition);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
    }
}
