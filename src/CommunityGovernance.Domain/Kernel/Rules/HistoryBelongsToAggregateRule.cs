namespace CommunityGovernance.Kernel;

/// <summary>
/// An aggregate's history starts with the event that created it and holds only events of that aggregate: a
/// stream that lost its head, or that mixes in another aggregate's events, is refused rather than half-applied.
/// </summary>
internal readonly struct HistoryBelongsToAggregateRule : IDomainRule
{
    private readonly Type _aggregate;
    private readonly DomainEvent? _event;
    private readonly bool _atStart;
    private readonly bool _belongs;
    private readonly int _expected;

    private HistoryBelongsToAggregateRule(Type aggregate, DomainEvent? domainEvent, bool atStart, bool belongs, int expected = 0) =>
        (_aggregate, _event, _atStart, _belongs, _expected) = (aggregate, domainEvent, atStart, belongs, expected);

    public string Name => KernelRules.HistoryBelongsToAggregate;

    public string Message => (_atStart, _event) switch
    {
        (false, { } numbered) when _expected > 0 =>
            $"A {_aggregate.Name}'s history numbers its {numbered.GetType().Name}s 1, 2, 3…: the next is number {_expected}, so the history lost one or holds one twice.",
        (true, null) => $"A {_aggregate.Name}'s history must start with the event that created it, but it is empty.",
        (true, _) => $"A {_aggregate.Name}'s history must start with the event that created it, not with a {_event.GetType().Name}.",
        _ => $"A {_event?.GetType().Name} is not an event of a {_aggregate.Name}.",
    };

    /// <summary>The history's first event (null for an empty history) is one that creates the aggregate.</summary>
    public static HistoryBelongsToAggregateRule StartsWithCreation(Type aggregate, DomainEvent? first, bool createsIt) =>
        new(aggregate, first, atStart: true, createsIt);

    /// <summary>An event the aggregate does not know: always broken.</summary>
    public static HistoryBelongsToAggregateRule Foreign(Type aggregate, DomainEvent domainEvent) =>
        new(aggregate, domainEvent, atStart: false, belongs: false);

    /// <summary>
    /// An event that numbers itself (a list's version) is the next one: a history that starts with version 2 lost its
    /// creation even though the event's type is the creating one.
    /// </summary>
    public static HistoryBelongsToAggregateRule InSequence(Type aggregate, DomainEvent domainEvent, int number, int expected) =>
        new(aggregate, domainEvent, atStart: false, number == expected, expected);

    public bool IsBroken() => !_belongs;
}
