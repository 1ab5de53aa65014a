using CommunityGovernance.CommunityBuilding;
using CommunityGovernance.Kernel;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Domain.Tests.CommunityBuilding;

/// <summary>Money is whole fen: sums and differences are exact, the text reads back, and nothing below a fen or below zero exists.</summary>
public sealed class MoneyTests
{
    [ScaledProperty]
    public Property Sums_and_differences_are_exact_in_fen(NonNegativeInt a, NonNegativeInt b)
    {
        var (x, y) = (Money.FromYuan(a.Get / 100m), Money.FromYuan(b.Get / 100m));
        var (big, small) = x >= y ? (x, y) : (y, x);

        return ((x + y).Fen == (long)a.Get + b.Get).Label("sum")
            .And((big - small).Fen == big.Fen - small.Fen).Label("difference")
            .And(Money.Parse((x + y).ToString()) == x + y).Label("text reads back");
    }

    [ScaledProperty]
    public Property A_thousandth_of_a_yuan_or_a_debt_is_refused(PositiveInt fen)
    {
        var thousandth = Record.Exception(() => Money.FromYuan((fen.Get * 10m + 1m) / 1000m));
        var debt = Record.Exception(() => Money.Zero - Money.FromYuan(fen.Get / 100m));

        return (thousandth is DomainRuleViolationException { Rule: CommunityBuildingRules.MoneyIsWellFormed }).Label("a thousandth")
            .And(debt is DomainRuleViolationException { Rule: CommunityBuildingRules.MoneyIsWellFormed }).Label("below zero");
    }

    [Fact]
    public void Money_prints_in_yuan_with_two_decimals()
    {
        Assert.Equal("12000.50", Money.FromYuan(12_000.5m).ToString());
        Assert.Equal(1_200_050, Money.Parse("12000.50").Fen);
    }
}
