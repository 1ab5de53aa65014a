namespace CommunityGovernance.Kernel;

/// <summary>
/// The names of the rules every area shares: the guards' refusals of missing or blank input, the rebuilding of an
/// aggregate from its history, and optimistic concurrency. Match on these names, never on a message.
/// </summary>
/// <remarks>Each area has one such table (<c>ActorRules</c>, <c>DemandRules</c>, …); <c>docs/errors.md</c> lists them all.</remarks>
public static class KernelRules
{
    /// <summary>A value is required, not null.</summary>
    public const string ValueIsRequired = "ValueIsRequired";

    /// <summary>A text is required, not null, empty or blank.</summary>
    public const string TextIsRequired = "TextIsRequired";

    /// <summary>A text is at most as long as its limit.</summary>
    public const string TextWithinLength = "TextWithinLength";

    /// <summary>
    /// An aggregate's history starts with the event that created it and holds only events of that aggregate.
    /// </summary>
    public const string HistoryBelongsToAggregate = "HistoryBelongsToAggregate";

    /// <summary>Changes are saved against the version of the stream they were made on (<see cref="ConcurrencyConflictException"/>).</summary>
    public const string StreamVersionMatches = "StreamVersionMatches";

    /// <summary>
    /// The rule broken by saving an aggregate whose events were taken with <see cref="AggregateRoot.DequeuePendingEvents"/>
    /// and never saved: the store would miss them.
    /// </summary>
    public const string TakenEventsAreSaved = "TakenEventsAreSaved";
}
