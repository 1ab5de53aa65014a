using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Kernel;

public sealed class AggregateRootTests
{
    [Fact]
    public void Raising_applies_the_event_counts_the_version_and_queues_it()
    {
        var tally = Tally.Open(Instant.FromUnixTimeSeconds(1));
        tally.Add(2, Instant.FromUnixTimeSeconds(2));

        Assert.Equal(2, tally.Total);
        Assert.Equal(2, tally.Version);
        Assert.Equal(2, tally.DequeuePendingEvents().Count);
        Assert.Empty(tally.PendingEvents);
        Assert.Equal(2, tally.Version);
    }

    [Fact]
    public void A_broken_rule_throws_before_anything_changes()
    {
        var tally = Tally.Open(Instant.FromUnixTimeSeconds(1));

        var error = Assert.Throws<DomainRuleViolationException>(() => tally.Add(-1, Instant.FromUnixTimeSeconds(2)));

        Assert.Equal(nameof(AmountIsPositive), error.Rule);
        Assert.Equal(0, tally.Total);
        Assert.Equal(1, tally.Version);
        Assert.Single(tally.PendingEvents);
    }

    [Fact]
    public void Replaying_the_history_rebuilds_the_same_state_with_nothing_pending()
    {
        var tally = Tally.Open(Instant.FromUnixTimeSeconds(1));
        tally.Add(3, Instant.FromUnixTimeSeconds(2));
        tally.Add(4, Instant.FromUnixTimeSeconds(3));

        var rebuilt = Tally.FromHistory(tally.PendingEvents);

        Assert.Equal(tally.Total, rebuilt.Total);
        Assert.Equal(tally.Version, rebuilt.Version);
        Assert.Empty(rebuilt.PendingEvents);
    }

    [Fact]
    public void The_guards_name_the_rule_and_the_parameter()
    {
        string? missing = null;
        var blank = Assert.Throws<DomainRuleViolationException>(() => Ardalis.GuardClauses.Guard.Against.MissingText(missing));
        Assert.Equal(KernelRules.TextIsRequired, blank.Rule);
        Assert.Contains("'missing'", blank.Message, StringComparison.Ordinal);

        var tooLong = Assert.Throws<DomainRuleViolationException>(() => Ardalis.GuardClauses.Guard.Against.MissingText(new string('x', 5), maxLength: 4));
        Assert.Equal(KernelRules.TextWithinLength, tooLong.Rule);
        Assert.Equal("x", Ardalis.GuardClauses.Guard.Against.MissingText("  x "));
    }

    private sealed record TallyOpened(Instant OccurredAt) : DomainEvent(OccurredAt);

    private sealed record AmountAdded(Instant OccurredAt, int Amount) : DomainEvent(OccurredAt);

    private sealed class AmountIsPositive(int amount) : IDomainRule
    {
        public string Name => nameof(AmountIsPositive);

        public string Message => "An amount must be positive.";

        public bool IsBroken() => amount <= 0;
    }

    private sealed class Tally : AggregateRoot
    {
        public int Total { get; private set; }

        public static Tally Open(Instant at)
        {
            var tally = new Tally();
            tally.RaiseEvent(new TallyOpened(at));
            return tally;
        }

        public static Tally FromHistory(IEnumerable<DomainEvent> history)
        {
            return Rebuild<Tally, TallyOpened>(new Tally(), history);
        }

        public void Add(int amount, Instant at)
        {
            CheckRule(new AmountIsPositive(amount));
            RaiseEvent(new AmountAdded(at, amount));
        }

        protected override void When(DomainEvent domainEvent)
        {
            switch (domainEvent)
            {
                case TallyOpened:
                    break;
                case AmountAdded added:
                    Total += added.Amount;
                    break;
                default:
                    RefuseForeignEvent(domainEvent);
                    break;
            }
        }
    }
}
