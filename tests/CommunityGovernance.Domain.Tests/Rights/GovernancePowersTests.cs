using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Rights;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CommunityGovernance.Domain.Tests.Rights;

public sealed class GovernancePowersTests
{
    [Fact]
    public void A_set_holds_exactly_the_powers_it_was_made_of()
    {
        var powers = GovernancePowers.Of(GovernancePower.ResourceAllocation, GovernancePower.InspectionAndAssessment);

        Assert.True(powers.Contains(GovernancePower.ResourceAllocation));
        Assert.True(powers.Contains(GovernancePower.InspectionAndAssessment));
        Assert.False(powers.Contains(GovernancePower.TaskSetting));
        Assert.False(powers.Contains(GovernancePower.TimeScheduling));
        Assert.Equal(2, powers.Count);
        Assert.Equal([GovernancePower.ResourceAllocation, GovernancePower.InspectionAndAssessment], powers.ToEnumerable());
    }

    [Fact]
    public void All_holds_the_four_powers_and_none_holds_nothing()
    {
        Assert.Equal(4, GovernancePowers.All.Count);
        Assert.True(GovernancePowers.None.IsEmpty);
        Assert.True(GovernancePowers.None.IsSubsetOf(GovernancePowers.Of(GovernancePower.TaskSetting)));
        Assert.False(GovernancePowers.All.IsSubsetOf(GovernancePowers.Of(GovernancePower.TaskSetting)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void An_unknown_power_is_refused_naming_the_rule_and_is_never_held(int value)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => GovernancePowers.Of((GovernancePower)value));
        Assert.Equal(GovernanceRightRules.GovernancePowerIsKnown, error.Rule);
        Assert.False(GovernancePowers.All.Contains((GovernancePower)value));
    }

    [Fact]
    public void Bits_above_the_fourth_are_refused()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => GovernancePowers.FromBits(0b1_0000));
        Assert.Equal(GovernanceRightRules.GovernancePowerIsKnown, error.Rule);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property Union_and_intersection_bound_both_sets(GovernancePowers a, GovernancePowers b)
    {
        var union = a.Union(b);
        var intersection = a.Intersect(b);
        return (a.IsSubsetOf(union) && b.IsSubsetOf(union) && intersection.IsSubsetOf(a) && intersection.IsSubsetOf(b)
                && a.Except(b).Intersect(b).IsEmpty && a.Except(b).Union(intersection) == a)
            .Label($"{a} and {b}");
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property A_set_is_its_powers(GovernancePowers powers)
    {
        var rebuilt = GovernancePowers.Of([.. powers.ToEnumerable()]);
        return (rebuilt == powers && GovernancePowers.FromBits(powers.Bits) == powers && rebuilt.GetHashCode() == powers.GetHashCode())
            .Label(powers.ToString());
    }

    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property Contains_all_is_subset_the_other_way_round(GovernancePowers a, GovernancePowers b, GovernancePower power) =>
        (a.ContainsAll(b) == b.IsSubsetOf(a) && (a.Contains(power) == GovernancePowers.Of(power).IsSubsetOf(a))).ToProperty();
}
