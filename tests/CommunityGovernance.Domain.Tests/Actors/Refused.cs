using CommunityGovernance.Kernel;

namespace CommunityGovernance.Domain.Tests.Actors;

/// <summary>Asserts that a command is refused naming a rule, and that the aggregate is left exactly as it was.</summary>
internal static class Refused
{
    public static DomainRuleViolationException By<TSnapshot>(string rule, AggregateRoot aggregate, Func<TSnapshot> snapshot, Action command)
    {
        var before = snapshot();
        var version = aggregate.Version;
        var pending = aggregate.PendingEvents.Count;

        var error = Assert.Throws<DomainRuleViolationException>(command);

        Assert.Equal(rule, error.Rule);
        Assert.Equal(before, snapshot());
        Assert.Equal(version, aggregate.Version);
        Assert.Equal(pending, aggregate.PendingEvents.Count);
        return error;
    }
}
