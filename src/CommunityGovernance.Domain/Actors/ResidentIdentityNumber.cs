using System.Text.Json.Serialization;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Actors;

/// <summary>
/// A citizen's resident identity number (公民身份号码): 18 characters as GB 11643-1999 defines them — a 6-digit
/// address code, an 8-digit date of birth, a 3-digit sequence and a check character (0–9 or X) computed by
/// ISO 7064 MOD 11-2. Personal data: it never appears in <see cref="ToString"/> or in any message.
/// </summary>
/// <remarks>
/// <para>A lower-case 'x' is accepted and stored as 'X'. Two numbers are equal when their characters are equal.</para>
/// <para>The default value of the struct is not a valid number; commands refuse it.</para>
/// </remarks>
[LivingSide]
[JsonConverter(typeof(ResidentIdentityNumberJsonConverter))]
public readonly struct ResidentIdentityNumber : IEquatable<ResidentIdentityNumber>
{
    private static readonly int[] s_weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private readonly string? _value;

    private ResidentIdentityNumber(string value) => _value = value;

    /// <summary>The 18 characters. Personal data: read it only inside a recorded personal-information access.</summary>
    [PersonalData]
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is the default value, which identifies no one.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Reads a resident identity number and checks its format, date of birth and check character.</summary>
    /// <param name="text">18 characters.</param>
    /// <returns>The number.</returns>
    /// <exception cref="DomainRuleViolationException">The text is not a valid number; the message never repeats it.</exception>
    public static ResidentIdentityNumber Parse([PersonalData] string? text) =>
        TryParse(text, out var number, out var problem) ? number : throw new DomainRuleViolationException(ActorRules.ResidentIdentityNumberIsWellFormed, problem);

    /// <summary>Tries to read a resident identity number.</summary>
    /// <param name="text">18 characters.</param>
    /// <param name="number">The number, when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid number.</returns>
    public static bool TryParse([PersonalData] string? text, out ResidentIdentityNumber number) => TryParse(text, out number, out _);

    /// <summary>The check character (0–9 or X) that GB 11643 gives the first 17 digits.</summary>
    /// <param name="first17Digits">The address code, date of birth and sequence.</param>
    /// <returns>The check character.</returns>
    /// <exception cref="DomainRuleViolationException">The text is not 17 digits.</exception>
    public static char CheckCharacterOf(string first17Digits)
    {
        if (first17Digits is null || first17Digits.Length != 17 || !first17Digits.All(char.IsAsciiDigit))
        {
            throw new DomainRuleViolationException(ActorRules.ResidentIdentityNumberIsWellFormed, "The body of a resident identity number is 17 digits.");
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17Digits[i] - '0') * s_weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    private static bool TryParse(string? text, out ResidentIdentityNumber number, out string problem)
    {
        number = default;
        if (text is null || text.Length != 18)
        {
            problem = "A resident identity number has 18 characters.";
            return false;
        }

        var body = text[..17];
        if (!body.All(char.IsAsciiDigit))
        {
            problem = "A resident identity number's first 17 characters are digits.";
            return false;
        }

        if (body[0] == '0')
        {
            problem = "A resident identity number starts with a province code of 11 or more.";
            return false;
        }

        if (!IsDateOfBirth(body.AsSpan(6, 8)))
        {
            problem = "A resident identity number's characters 7 to 14 are a real date of birth (YYYYMMDD).";
            return false;
        }

        if (char.ToUpperInvariant(text[17]) != CheckCharacterOf(body))
        {
            problem = "A resident identity number's check character does not match its first 17 digits.";
            return false;
        }

        number = new ResidentIdentityNumber(string.Concat(body, char.ToUpperInvariant(text[17]).ToString()));
        problem = string.Empty;
        return true;
    }

    private static bool IsDateOfBirth(ReadOnlySpan<char> digits)
    {
        var year = int.Parse(digits[..4], provider: System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(digits.Slice(4, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(digits.Slice(6, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
        return year is >= 1850 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <inheritdoc />
    public bool Equals(ResidentIdentityNumber other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResidentIdentityNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Always <see cref="DomainEvent.Redacted"/>: the number is personal data.</summary>
    /// <returns>The redaction marker.</returns>
    public override string ToString() => DomainEvent.Redacted;

    /// <summary>Whether two numbers are equal.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ResidentIdentityNumber left, ResidentIdentityNumber right) => left.Equals(right);

    /// <summary>Whether two numbers differ.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ResidentIdentityNumber left, ResidentIdentityNumber right) => !left.Equals(right);
}
