using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities;

/// <summary>Rules about rebuilding an aggregate of this area from its stored events.</summary>
internal static class History
{
    /// <summary>The rule broken by a history that does not start with the aggregate's creation or holds a foreign event.</summary>
    public const string BelongsToAggregateRule = "HistoryBelongsToAggregate";

    public static DomainRuleViolationException Foreign(DomainEvent domainEvent, string aggregate) =>
        new(BelongsToAggregateRule, $"A {domainEvent.GetType().Name} is not an event of a {aggregate}.");

    public static DomainRuleViolationException Headless(string aggregate) =>
        new(BelongsToAggregateRule, $"A {aggregate}'s history must start with the event that created it.");
}
