namespace CommunityGovernance.Kernel;

/// <summary>
/// The base of every aggregate (聚合根): its state changes only by raising domain events, and it can be rebuilt
/// from those events.
/// </summary>
/// <remarks>
/// <para>
/// A command checks every rule first and raises its events last, and <see cref="When"/> is the only place that
/// mutates state. Together these make a rejected command leave the aggregate exactly as it was, and make
/// replaying the events reproduce the live state.
/// </para>
/// <para>This type is mutable and not thread-safe; give each writer its own instance.</para>
/// </remarks>
public abstract class AggregateRoot
{
    private readonly List<DomainEvent> _pendingEvents = [];

    /// <summary>
    /// The number of events this aggregate has applied, history and pending ones together. A store uses it for
    /// optimistic concurrency.
    /// </summary>
    public long Version { get; private set; }

    /// <summary>The events raised since the aggregate was created or last had its events dequeued.</summary>
    public IReadOnlyList<DomainEvent> PendingEvents => _pendingEvents;

    /// <summary>Returns the pending events and forgets them, as a store does once it has saved them.</summary>
    /// <returns>The events raised since the last call, in order.</returns>
    public IReadOnlyList<DomainEvent> DequeuePendingEvents()
    {
        var events = _pendingEvents.ToArray();
        _pendingEvents.Clear();
        return events;
    }

    /// <summary>Applies <paramref name="domainEvent"/> to the state and records it as pending.</summary>
    /// <param name="domainEvent">The fact to apply.</param>
    protected void Raise(DomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        When(domainEvent);
        Version++;
        _pendingEvents.Add(domainEvent);
    }

    /// <summary>Applies past events without recording them as pending.</summary>
    /// <param name="history">The events, in the order they were raised.</param>
    protected void Replay(IEnumerable<DomainEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        foreach (var domainEvent in history)
        {
            When(domainEvent);
            Version++;
        }
    }

    /// <summary>Changes the state as <paramref name="domainEvent"/> says. Never validates and never throws for a known event.</summary>
    /// <param name="domainEvent">The event to apply.</param>
    protected abstract void When(DomainEvent domainEvent);

    /// <summary>Throws <see cref="DomainRuleViolationException"/> when <paramref name="rule"/> is broken.</summary>
    /// <param name="rule">The rule to check.</param>
    /// <exception cref="DomainRuleViolationException">The rule is broken.</exception>
    protected static void CheckRule(IDomainRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.IsBroken())
        {
            throw new DomainRuleViolationException(rule.Name, rule.Message);
        }
    }

    /// <summary>
    /// Throws <see cref="DomainRuleViolationException"/> when <paramref name="rule"/> is broken. For rules written as
    /// structs, checked on hot paths: the rule is neither boxed nor allocated, and its message is built only when it
    /// is broken.
    /// </summary>
    /// <typeparam name="TRule">The rule's type, a struct.</typeparam>
    /// <param name="rule">The rule to check.</param>
    /// <exception cref="DomainRuleViolationException">The rule is broken.</exception>
    protected static void CheckRule<TRule>(in TRule rule)
        where TRule : struct, IDomainRule
    {
        if (rule.IsBroken())
        {
            throw new DomainRuleViolationException(rule.Name, rule.Message);
        }
    }
}
