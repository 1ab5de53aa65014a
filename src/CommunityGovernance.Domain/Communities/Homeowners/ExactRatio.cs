using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// A ratio of two whole counts (hundredths of a square metre, or owners), kept as the fraction itself: what a
/// threshold of the homeowners' assembly is compared with, exactly.
/// </summary>
/// <remarks>
/// Two ratios are equal when their fractions are equal in lowest terms (2/4 equals 1/2). A ratio of nothing (a
/// zero denominator, e.g. the approval of a vote no one took part in) is 0/1. <see cref="Percent"/> is for reading
/// only; nothing is decided on it. In JSON a ratio is its fraction as text, e.g. <c>"2/3"</c>.
/// </remarks>
[LivingSide]
[JsonConverter(typeof(ExactRatioJsonConverter))]
public readonly struct ExactRatio : IEquatable<ExactRatio>, IComparable<ExactRatio>
{
    private readonly long _denominator;

    private ExactRatio(long numerator, long denominator)
    {
        Numerator = numerator;
        _denominator = denominator;
    }

    /// <summary>The numerator, in lowest terms.</summary>
    public long Numerator { get; }

    /// <summary>The denominator, in lowest terms; never zero.</summary>
    public long Denominator => _denominator == 0 ? 1 : _denominator;

    /// <summary>The ratio as a percentage cut (not rounded) to two decimals, so that it never overstates: for reading only (2/3 is 66.66).</summary>
    public decimal Percent => Math.Round(Numerator * 100m / Denominator, 2, MidpointRounding.ToZero);

    /// <summary>The ratio <paramref name="part"/> of <paramref name="whole"/>.</summary>
    /// <param name="part">The part, zero or more and at most the whole.</param>
    /// <param name="whole">The whole, zero or more; a zero whole gives 0/1.</param>
    /// <returns>The ratio in lowest terms.</returns>
    /// <exception cref="DomainRuleViolationException">The part is negative or larger than the whole: it does not add up (<see cref="CommunityRules.AssemblyTallyAddsUp"/>).</exception>
    public static ExactRatio Of(long part, long whole)
    {
        if (part < 0 || part > whole)
        {
            throw new DomainRuleViolationException(CommunityRules.AssemblyTallyAddsUp, "A ratio's part is zero or more and no larger than its whole.");
        }

        if (whole == 0)
        {
            return new ExactRatio(0, 1);
        }

        var divisor = (long)System.Numerics.BigInteger.GreatestCommonDivisor(part, whole);
        return new ExactRatio(part / divisor, whole / divisor);
    }

    /// <summary>Compares two ratios exactly, by cross-multiplication.</summary>
    /// <param name="other">The other ratio.</param>
    /// <returns>Negative, zero or positive as this ratio is smaller, equal or larger.</returns>
    public int CompareTo(ExactRatio other) =>
        ((Int128)Numerator * other.Denominator).CompareTo((Int128)other.Numerator * Denominator);

    /// <inheritdoc />
    public bool Equals(ExactRatio other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExactRatio other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>The fraction and its percentage, e.g. <c>2/3 (66.66%)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator} ({Percent:0.00}%)");

    /// <summary>Whether two ratios are equal.</summary>
    /// <param name="left">One ratio.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ExactRatio left, ExactRatio right) => left.Equals(right);

    /// <summary>Whether two ratios differ.</summary>
    /// <param name="left">One ratio.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ExactRatio left, ExactRatio right) => !left.Equals(right);

    /// <summary>Whether one ratio is smaller than another.</summary>
    /// <param name="left">One ratio.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(ExactRatio left, ExactRatio right) => left.CompareTo(right) < 0;

    /// <summary>Whether one ratio is larger than another.</summary>
    /// <param name="left">One ratio.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger.</returns>
    public static bool operator >(ExactRatio left, ExactRatio right) => left.CompareTo(right) > 0;

    /// <summary>Whether one ratio is at most another.</summary>
    /// <param name="left">One ratio.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(ExactRatio left, ExactRatio right) => left.CompareTo(right) <= 0;

    /// <summary>Whether one ratio is at least another.</summary>
    /// <param name="left">One ratio.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(ExactRatio left, ExactRatio right) => left.CompareTo(right) >= 0;
}

internal sealed class ExactRatioJsonConverter : TextJsonConverter<ExactRatio>
{
    protected override ExactRatio Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 &&
            long.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var numerator) &&
            long.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var denominator) &&
            denominator > 0 && numerator <= denominator
            ? ExactRatio.Of(numerator, denominator)
            : throw new JsonException($"'{text}' is not a ratio n/d with 0 <= n <= d and d > 0.");
    }

    protected override string Format(ExactRatio value) =>
        string.Create(CultureInfo.InvariantCulture, $"{value.Numerator}/{value.Denominator}");
}
