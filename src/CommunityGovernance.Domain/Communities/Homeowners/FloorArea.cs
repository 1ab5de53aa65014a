using System.Globalization;
using System.Text.Json.Serialization;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// A floor area in square metres with at most two decimals, as the real-estate register records an exclusive unit's
/// area (登记建筑面积), held exactly as a whole number of hundredths of a square metre.
/// </summary>
/// <remarks>
/// <para>
/// The assembly's thresholds are decided on areas: they are added and compared exactly, never through floating
/// point, so that a vote one hundredth of a square metre short of its threshold fails. Zero is a floor area (no
/// one took part); an exclusive unit's area must be more than zero (<see cref="CommunityRules.ExclusiveUnitHasFloorArea"/>).
/// </para>
/// <para>Two areas are equal when they hold the same hundredths. The text form is invariant, e.g. <c>89.47</c>.</para>
/// </remarks>
[LivingSide]
[JsonConverter(typeof(FloorAreaJsonConverter))]
public readonly struct FloorArea : IEquatable<FloorArea>, IComparable<FloorArea>
{
    /// <summary>The largest area accepted, in square metres: far above any compound's whole exclusive area.</summary>
    public const decimal MaxSquareMetres = 100_000_000m;

    private FloorArea(long hundredths) => Hundredths = hundredths;

    /// <summary>No area.</summary>
    public static FloorArea Zero => default;

    /// <summary>The area in hundredths of a square metre, the unit every sum and comparison is made in.</summary>
    public long Hundredths { get; }

    /// <summary>The area in square metres, exact.</summary>
    public decimal SquareMetres => Hundredths / 100m;

    /// <summary>An area of <paramref name="squareMetres"/> square metres.</summary>
    /// <param name="squareMetres">Zero or more, with at most two decimals, at most <see cref="MaxSquareMetres"/>.</param>
    /// <returns>The area.</returns>
    /// <exception cref="DomainRuleViolationException">The value is negative, has more than two decimals or is too large (<see cref="CommunityRules.FloorAreaIsWellFormed"/>).</exception>
    public static FloorArea FromSquareMetres(decimal squareMetres)
    {
        var hundredths = squareMetres * 100m;
        if (squareMetres < 0m || squareMetres > MaxSquareMetres || hundredths != decimal.Truncate(hundredths))
        {
            throw new DomainRuleViolationException(CommunityRules.FloorAreaIsWellFormed, $"A floor area is 0 to {MaxSquareMetres.ToString(CultureInfo.InvariantCulture)} square metres with at most two decimals.");
        }

        return new FloorArea((long)hundredths);
    }

    /// <summary>Reads the invariant text form, e.g. <c>89.47</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The area.</returns>
    /// <exception cref="DomainRuleViolationException">The text is not a well-formed area (<see cref="CommunityRules.FloorAreaIsWellFormed"/>).</exception>
    public static FloorArea Parse(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? FromSquareMetres(value)
            : throw new DomainRuleViolationException(CommunityRules.FloorAreaIsWellFormed, "A floor area is written in square metres, e.g. 89.47.");

    /// <summary>The sum of two areas.</summary>
    /// <param name="left">One area.</param>
    /// <param name="right">The other.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="DomainRuleViolationException">The sum is larger than <see cref="MaxSquareMetres"/>.</exception>
    public static FloorArea operator +(FloorArea left, FloorArea right) => FromSquareMetres((left.Hundredths + right.Hundredths) / 100m);

    /// <summary>The sum of two areas; the named form of <c>+</c>.</summary>
    /// <param name="left">One area.</param>
    /// <param name="right">The other.</param>
    /// <returns>The sum.</returns>
    public static FloorArea Add(FloorArea left, FloorArea right) => left + right;

    /// <inheritdoc />
    public bool Equals(FloorArea other) => Hundredths == other.Hundredths;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FloorArea other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Hundredths.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(FloorArea other) => Hundredths.CompareTo(other.Hundredths);

    /// <summary>The invariant text form in square metres with two decimals, e.g. <c>89.47</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => SquareMetres.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Whether two areas are equal.</summary>
    /// <param name="left">One area.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(FloorArea left, FloorArea right) => left.Equals(right);

    /// <summary>Whether two areas differ.</summary>
    /// <param name="left">One area.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(FloorArea left, FloorArea right) => !left.Equals(right);

    /// <summary>Whether one area is smaller than another.</summary>
    /// <param name="left">One area.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(FloorArea left, FloorArea right) => left.CompareTo(right) < 0;

    /// <summary>Whether one area is larger than another.</summary>
    /// <param name="left">One area.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger.</returns>
    public static bool operator >(FloorArea left, FloorArea right) => left.CompareTo(right) > 0;

    /// <summary>Whether one area is at most another.</summary>
    /// <param name="left">One area.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(FloorArea left, FloorArea right) => left.CompareTo(right) <= 0;

    /// <summary>Whether one area is at least another.</summary>
    /// <param name="left">One area.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(FloorArea left, FloorArea right) => left.CompareTo(right) >= 0;
}

internal sealed class FloorAreaJsonConverter : TextJsonConverter<FloorArea>
{
    protected override FloorArea Parse(string text) => FloorArea.Parse(text);

    protected override string Format(FloorArea value) => value.ToString();
}
