using System.Globalization;
using System.Text.Json.Serialization;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// A threshold of the homeowners' assembly: a fraction that a ratio must reach ("at least", 以上, which in Chinese law
/// includes the number itself) or pass ("more than", 过半数).
/// </summary>
/// <remarks>
/// <para>
/// The Civil Code's three are <see cref="TwoThirds"/> (participation), <see cref="ThreeQuarters"/> (Art. 278's
/// items 6 to 8) and <see cref="MoreThanHalf"/> (the other matters). An assembly's rules of procedure may set
/// stricter ones, never looser (<see cref="CommunityRules.ProcedureThresholdIsNotLooser"/>).
/// </para>
/// <para>
/// A threshold is 0 &lt; n/d ≤ 1 with d at most 1000, and "more than" a fraction below 1. Two thresholds are equal
/// when their fractions (as written) and kinds are equal. The default value is no threshold and is refused wherever
/// one is required.
/// </para>
/// </remarks>
[LivingSide]
public readonly record struct AssemblyThreshold
{
    /// <summary>The largest denominator accepted.</summary>
    public const int MaxDenominator = 1000;

    /// <summary>A threshold.</summary>
    /// <param name="numerator">The fraction's numerator, more than zero.</param>
    /// <param name="denominator">The fraction's denominator, at least the numerator and at most <see cref="MaxDenominator"/>.</param>
    /// <param name="moreThan"><see langword="true"/> for "more than" the fraction, <see langword="false"/> for "at least" it.</param>
    /// <exception cref="DomainRuleViolationException">The fraction is not in (0, 1], or is "more than" 1 (<see cref="CommunityRules.AssemblyThresholdIsWellFormed"/>).</exception>
    [JsonConstructor]
    public AssemblyThreshold(int numerator, int denominator, bool moreThan)
    {
        if (numerator <= 0 || denominator > MaxDenominator || numerator > denominator || (moreThan && numerator == denominator))
        {
            throw new DomainRuleViolationException(CommunityRules.AssemblyThresholdIsWellFormed, $"A threshold is a fraction n/d with 0 < n <= d <= {MaxDenominator}, and 'more than' a fraction below 1.");
        }

        (Numerator, Denominator, MoreThan) = (numerator, denominator, moreThan);
    }

    /// <summary>At least two thirds (三分之二以上): the Civil Code's participation threshold.</summary>
    public static AssemblyThreshold TwoThirds { get; } = AtLeast(2, 3);

    /// <summary>At least three quarters (四分之三以上): the Civil Code's majority for Art. 278's items 6 to 8.</summary>
    public static AssemblyThreshold ThreeQuarters { get; } = AtLeast(3, 4);

    /// <summary>More than half (过半数): the Civil Code's majority for every other matter.</summary>
    public static AssemblyThreshold MoreThanHalf { get; } = MoreThanFraction(1, 2);

    /// <summary>The fraction's numerator.</summary>
    public int Numerator { get; }

    /// <summary>The fraction's denominator; zero only for the default value.</summary>
    public int Denominator { get; }

    /// <summary>Whether a ratio must pass the fraction (过半数) rather than reach it (以上).</summary>
    public bool MoreThan { get; }

    /// <summary>Whether this is the default value, which is no threshold.</summary>
    [JsonIgnore]
    public bool IsDefault => Denominator == 0;

    /// <summary>"At least" <paramref name="numerator"/>/<paramref name="denominator"/>.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="DomainRuleViolationException">The fraction is not in (0, 1].</exception>
    public static AssemblyThreshold AtLeast(int numerator, int denominator) => new(numerator, denominator, moreThan: false);

    /// <summary>"More than" <paramref name="numerator"/>/<paramref name="denominator"/>.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="DomainRuleViolationException">The fraction is not in (0, 1).</exception>
    public static AssemblyThreshold MoreThanFraction(int numerator, int denominator) => new(numerator, denominator, moreThan: true);

    /// <summary>Whether <paramref name="ratio"/> reaches (or passes, for "more than") the threshold, exactly.</summary>
    /// <param name="ratio">The ratio.</param>
    /// <returns><see langword="true"/> when it does; never for the default threshold.</returns>
    public bool IsMetBy(ExactRatio ratio)
    {
        if (IsDefault)
        {
            return false;
        }

        var comparison = ((Int128)ratio.Numerator * Denominator).CompareTo((Int128)Numerator * ratio.Denominator);
        return MoreThan ? comparison > 0 : comparison >= 0;
    }

    /// <summary>Whether every ratio that meets this threshold also meets <paramref name="other"/>.</summary>
    /// <param name="other">The other threshold, e.g. the Civil Code's.</param>
    /// <returns><see langword="true"/> when this one is as strict or stricter; never for the default threshold.</returns>
    public bool IsAtLeastAsStrictAs(AssemblyThreshold other)
    {
        if (IsDefault || other.IsDefault)
        {
            return false;
        }

        var comparison = ((long)Numerator * other.Denominator).CompareTo((long)other.Numerator * Denominator);

        // "At least a" implies "more than b" only when a > b; in every other pairing a >= b suffices.
        return !MoreThan && other.MoreThan ? comparison > 0 : comparison >= 0;
    }

    /// <summary>The threshold as written, e.g. <c>≥ 2/3</c> or <c>&gt; 1/2</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        IsDefault ? "none" : string.Create(CultureInfo.InvariantCulture, $"{(MoreThan ? ">" : "≥")} {Numerator}/{Denominator}");
}
