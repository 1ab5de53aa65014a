using System.Collections.ObjectModel;
using Ardalis.GuardClauses;

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
    private ReadOnlyCollection<DomainEvent>? _pendingEventsView;

    /// <summary>
    /// The number of events this aggregate has applied, history and pending ones together. A store uses it for
    /// optimistic concurrency.
    /// </summary>
    public long Version { get; private set; }

    /// <summary>The events raised since the aggregate was created or last had its events dequeued.</summary>
    public IReadOnlyList<DomainEvent> PendingEvents => _pendingEventsView ??= _pendingEvents.AsReadOnly();

    /// <summary>
    /// How many events were taken with <see cref="DequeuePendingEvents"/> without being saved through the library's
    /// store helpers; an aggregate with any cannot be saved by them (<see cref="KernelRules.TakenEventsAreSaved"/>).
    /// </summary>
    public long TakenUnsavedEvents { get; private set; }

    /// <summary>
    /// Returns the pending events and forgets them, for a vendor's own persistence that has just saved them. To feed a
    /// read model from an aggregate that is still to be saved, read <see cref="PendingEvents"/> instead: events taken
    /// here are counted in <see cref="TakenUnsavedEvents"/>, and the library's store helpers refuse to save the aggregate
    /// afterwards rather than save it without them.
    /// </summary>
    /// <returns>The events raised since the last call, in order.</returns>
    public IReadOnlyList<DomainEvent> DequeuePendingEvents()
    {
        var events = _pendingEvents.ToArray();
        _pendingEvents.Clear();
        TakenUnsavedEvents += events.Length;
        return events;
    }

    /// <summary>Forgets the pending events once a store has saved them.</summary>
    internal void MarkPendingEventsSaved() => _pendingEvents.Clear();

    /// <summary>Applies <paramref name="domainEvent"/> to the state and records it as pending.</summary>
    /// <param name="domainEvent">The fact to apply.</param>
    /// <remarks>Named apart from the domain's own verbs (a demand is raised with <c>Demand.Raise</c>).</remarks>
    protected void RaiseEvent(DomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        When(domainEvent);
        Version++;
        _pendingEvents.Add(domainEvent);
    }

    /// <summary>
    /// Rebuilds a new, empty <paramref name="aggregate"/> from its <paramref name="history"/>, which must start with
    /// a <typeparamref name="TCreated"/> and hold only the aggregate's events; the whole of a history factory
    /// (<c>FromHistory</c>).
    /// </summary>
    /// <typeparam name="TAggregate">The aggregate's type.</typeparam>
    /// <typeparam name="TCreated">The event that creates the aggregate.</typeparam>
    /// <param name="aggregate">The aggregate, as its private constructor left it.</param>
    /// <param name="history">The events, in the order they were raised.</param>
    /// <returns><paramref name="aggregate"/>, rebuilt, with no pending events.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// The history is null (<see cref="KernelRules.ValueIsRequired"/>), or is empty, does not start with a
    /// <typeparamref name="TCreated"/> or holds an event <see cref="When"/> refuses with
    /// <see cref="RefuseForeignEvent"/> (<see cref="KernelRules.HistoryBelongsToAggregate"/>).
    /// </exception>
    protected static TAggregate Rebuild<TAggregate, TCreated>(TAggregate aggregate, IEnumerable<DomainEvent> history)
        where TAggregate : AggregateRoot
        where TCreated : DomainEvent =>
        Rebuild<TAggregate, TCreated, TCreated>(aggregate, history);

    /// <summary>
    /// Rebuilds a new, empty <paramref name="aggregate"/> from its <paramref name="history"/>, which must start with
    /// either of two creating events and hold only the aggregate's events.
    /// </summary>
    /// <typeparam name="TAggregate">The aggregate's type.</typeparam>
    /// <typeparam name="TCreated">One event that creates the aggregate.</typeparam>
    /// <typeparam name="TOrCreated">The other event that creates the aggregate.</typeparam>
    /// <param name="aggregate">The aggregate, as its private constructor left it.</param>
    /// <param name="history">The events, in the order they were raised.</param>
    /// <returns><paramref name="aggregate"/>, rebuilt, with no pending events.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// The history is null (<see cref="KernelRules.ValueIsRequired"/>), or is empty, starts with another event or
    /// holds a foreign one (<see cref="KernelRules.HistoryBelongsToAggregate"/>).
    /// </exception>
    protected static TAggregate Rebuild<TAggregate, TCreated, TOrCreated>(TAggregate aggregate, IEnumerable<DomainEvent> history)
        where TAggregate : AggregateRoot
        where TCreated : DomainEvent
        where TOrCreated : DomainEvent
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        Guard.Against.MissingValue(history);
        var first = true;
        foreach (var domainEvent in history)
        {
            if (first)
            {
                CheckRule(HistoryBelongsToAggregateRule.StartsWithCreation(typeof(TAggregate), domainEvent, domainEvent is TCreated or TOrCreated));
                first = false;
            }

            aggregate.When(domainEvent);
            aggregate.Version++;
        }

        CheckRule(HistoryBelongsToAggregateRule.StartsWithCreation(typeof(TAggregate), null, !first));
        return aggregate;
    }

    /// <summary>
    /// Refuses an event this aggregate does not know; the last case of every <see cref="When"/>, so that a foreign
    /// event is refused the same way by every aggregate.
    /// </summary>
    /// <param name="domainEvent">The event <see cref="When"/> does not know.</param>
    /// <exception cref="DomainRuleViolationException">Always (<see cref="KernelRules.HistoryBelongsToAggregate"/>).</exception>
    protected void RefuseForeignEvent(DomainEvent domainEvent) =>
        CheckRule(HistoryBelongsToAggregateRule.Foreign(GetType(), domainEvent));

    /// <summary>
    /// Changes the state as <paramref name="domainEvent"/> says. Never validates and never throws for a known event;
    /// calls <see cref="RefuseForeignEvent"/> for any other.
    /// </summary>
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
