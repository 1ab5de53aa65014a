using System.Globalization;
using System.Text.Json.Serialization;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>
/// An amount of money in yuan (元) with at most two decimals (分), held exactly as a whole number of fen: a fund's
/// cap, a project's cost and allocation, a payment.
/// </summary>
/// <remarks>
/// <para>
/// Budgets are checked by adding and comparing amounts exactly, never through floating point, so that a project one
/// fen over the budget is refused. Amounts are never negative: a subtraction below zero is refused with
/// <see cref="CommunityBuildingRules.MoneyIsWellFormed"/>.
/// </para>
/// <para>Two amounts are equal when they hold the same fen. The text form is invariant, e.g. <c>12000.50</c>.</para>
/// </remarks>
[SanctionedCrossing(PlatformCrossing.Reason)]
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    /// <summary>The largest amount accepted, in yuan: a thousand billion, far above any community fund.</summary>
    public const decimal MaxYuan = 1_000_000_000_000m;

    private Money(long fen) => Fen = fen;

    /// <summary>No money.</summary>
    public static Money Zero => default;

    /// <summary>The amount in fen (分), the unit every sum and comparison is made in.</summary>
    public long Fen { get; }

    /// <summary>The amount in yuan, exact.</summary>
    public decimal Yuan => Fen / 100m;

    /// <summary>An amount of <paramref name="yuan"/> yuan.</summary>
    /// <param name="yuan">Zero or more, with at most two decimals, at most <see cref="MaxYuan"/>.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="DomainRuleViolationException">The value is negative, has more than two decimals or is too large (<see cref="CommunityBuildingRules.MoneyIsWellFormed"/>).</exception>
    public static Money FromYuan(decimal yuan)
    {
        var fen = yuan * 100m;
        if (yuan < 0m || yuan > MaxYuan || fen != decimal.Truncate(fen))
        {
            throw new DomainRuleViolationException(
                CommunityBuildingRules.MoneyIsWellFormed,
                $"An amount is 0 to {MaxYuan.ToString(CultureInfo.InvariantCulture)} yuan with at most two decimals.");
        }

        return new Money((long)fen);
    }

    /// <summary>Reads the invariant text form, e.g. <c>12000.50</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="DomainRuleViolationException">The text is not a well-formed amount (<see cref="CommunityBuildingRules.MoneyIsWellFormed"/>).</exception>
    public static Money Parse(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? FromYuan(value)
            : throw new DomainRuleViolationException(CommunityBuildingRules.MoneyIsWellFormed, "An amount is written in yuan, e.g. 12000.50.");

    /// <summary>The sum of two amounts.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="DomainRuleViolationException">The sum is larger than <see cref="MaxYuan"/>.</exception>
    public static Money operator +(Money left, Money right) => FromYuan((left.Fen + right.Fen) / 100m);

    /// <summary>What remains of one amount after another is taken from it.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">What is taken.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="DomainRuleViolationException"><paramref name="right"/> is larger (<see cref="CommunityBuildingRules.MoneyIsWellFormed"/>).</exception>
    public static Money operator -(Money left, Money right) => FromYuan((left.Fen - right.Fen) / 100m);

    /// <summary>The sum of two amounts; the named form of <c>+</c>.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other.</param>
    /// <returns>The sum.</returns>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>The difference of two amounts; the named form of <c>-</c>.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">What is taken.</param>
    /// <returns>The difference.</returns>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <inheritdoc />
    public bool Equals(Money other) => Fen == other.Fen;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Fen.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <summary>The invariant text form in yuan with two decimals, e.g. <c>12000.50</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Yuan.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Whether two amounts are equal.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Whether two amounts differ.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Whether one amount is smaller than another.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Whether one amount is larger than another.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger.</returns>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Whether one amount is at most another.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Whether one amount is at least another.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;
}

internal sealed class MoneyJsonConverter : TextJsonConverter<Money>
{
    protected override Money Parse(string text) => Money.Parse(text);

    protected override string Format(Money value) => value.ToString();
}
