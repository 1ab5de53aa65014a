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
        Assert.Equal(ResourceAllowance.WellFormedRule, Assert.Throws<DomainRuleViolationException>(() => new ResourceAllowance(-1, 0, 0, 0)).Rule);
        Assert.Equal(ResourceAllowance.WellFormedRule, Assert.Throws<DomainRuleViolationException>(() => ResourceAllowance.Of((ResourceKind)9, 1)).Rule);
        Assert.Equal(ResourceAllowance.WellFormedRule, Assert.Throws<DomainRuleViolationException>(() => ResourceAllowance.Of(ResourceKind.Funds, -5)).Rule);
    }

    [Fact]
    public void An_integration_that_brings_nothing_is_refused()
    {
        var right = GovernanceRightTests.IntegratedRight();
        var error = Assert.Throws<DomainRuleViolationException>(() =>
            right.IntegrateResources(new ResourceIntegration(new ActorId("pm-1"), ResourcePartnerKind.Enterprise, ResourceAllowance.None), GovernanceRightTests.Day(40)));
        Assert.Equal(ResourceIntegration.WellFormedRule, error.Rule);
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
}
