using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Rights;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CommunityGovernance.Domain.Tests.Rights;

public sealed class ResourceAllowanceTests
{
    [Fact]
    public void An_allowance_is_within_another_only_kind_by_kind()
    {
        var ceiling = new ResourceAllowance(funds: 10_000, venues: 100, services: 50, volunteers: 20);

        Assert.True(new ResourceAllowance(10_000, 0, 50, 0).IsWithin(ceiling));
        Assert.False(new ResourceAllowance(0, 101, 0, 0).IsWithin(ceiling));
        Assert.True(ResourceAllowance.None.IsWithin(ceiling));
        Assert.Equal(100, ceiling.AmountOf(ResourceKind.Venues));
        Assert.Equal(ResourceAllowance.Of(ResourceKind.Volunteers, 20), new ResourceAllowance(0, 0, 0, 20));
    }

    [Fact]
    public void A_negative_amount_or_unknown_kind_is_refused_naming_the_rule()
    {
        Assert.Equal(GovernanceRightRules.ResourceAllowanceIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => new ResourceAllowance(-1, 0, 0, 0)).Rule);
        Assert.Equal(GovernanceRightRules.ResourceAllowanceIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => ResourceAllowance.Of((ResourceKind)9, 1)).Rule);
        Assert.Equal(GovernanceRightRules.ResourceAllowanceIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => ResourceAllowance.Of(ResourceKind.Funds, -5)).Rule);
    }

    [Fact]
    public void An_integration_that_brings_nothing_is_refused()
    {
        var right = GovernanceRightTests.IntegratedRight();
        var error = Assert.Throws<DomainRuleViolationException>(() =>
            right.IntegrateResources(new ResourceIntegration(new ActorId("pm-1"), ResourcePartnerKind.Enterprise, ResourceAllowance.None), GovernanceRightTests.Day(40)));
        Assert.Equal(GovernanceRightRules.ResourceIntegrationIsWellFormed, error.Rule);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property Each_addend_is_within_the_sum(ResourceAllowance a, ResourceAllowance b)
    {
        var sum = a.Add(b);
        return (a.IsWithin(sum) && b.IsWithin(sum) && sum == b.Add(a) && sum.Funds == a.Funds + b.Funds).Label($"{a} + {b}");
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property Within_is_a_partial_order(ResourceAllowance a, ResourceAllowance b) =>
        (a.IsWithin(a) && (!(a.IsWithin(b) && b.IsWithin(a)) || a == b)).ToProperty();

    // Small amounts, so that equal allowances, empty ones and allowances differing in one kind all come up often.
    [ScaledProperty]
    public Property Equality_hash_and_emptiness_follow_the_amounts_kind_by_kind()
    {
        var amount = Gen.Choose(0, 2).Select(a => (long)a);
        var amounts = Gen.Zip(Gen.Zip(amount, amount), Gen.Zip(amount, amount)).Select(a => new[] { a.Item1.Item1, a.Item1.Item2, a.Item2.Item1, a.Item2.Item2 });
        return Prop.ForAll(Gen.Zip(amounts, amounts).ToArbitrary(), pair =>
        {
            var (x, y) = pair;
            var a = new ResourceAllowance(x[0], x[1], x[2], x[3]);
            var b = new ResourceAllowance(y[0], y[1], y[2], y[3]);
            var same = x.SequenceEqual(y);
            return (a.Equals(b) == same
                    && (a == b) == same
                    && (!same || a.GetHashCode() == b.GetHashCode())
                    && a.IsNone == x.All(v => v == 0)
                    && a.Add(ResourceAllowance.None) == a
                    && ResourceAllowance.None.Add(a) == a
                    && new[] { a.Funds, a.Venues, a.Services, a.Volunteers }.SequenceEqual(x)
                    && a.IsWithin(b) == x.Zip(y).All(p => p.First <= p.Second))
                .Label($"{a} vs {b}");
        });
    }
}
