using System.Text.Json.Serialization;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Actors;

/// <summary>
/// A resident's phone number (联系电话): an optional leading '+' and 5 to 15 digits (the E.164 limit); spaces
/// and hyphens are accepted on input and dropped. Personal data: it never appears in <see cref="ToString"/> or in
/// any message.
/// </summary>
/// <remarks>Two numbers are equal when their normalised texts are equal.</remarks>
[LivingSide]
[JsonConverter(typeof(PhoneNumberJsonConverter))]
public readonly struct PhoneNumber : IEquatable<PhoneNumber>
{
    private readonly string? _value;

    /// <summary>Creates a phone number.</summary>
    /// <param name="value">The number, e.g. <c>138 0000 0000</c> or <c>+86-28-8270-0000</c>.</param>
    /// <exception cref="DomainRuleViolationException">The text is not a phone number; the message never repeats it.</exception>
    public PhoneNumber([PersonalData] string? value)
    {
        var normalised = value is null ? string.Empty : string.Concat(value.Where(c => c is not (' ' or '-')));
        var digits = normalised.StartsWith('+') ? normalised[1..] : normalised;
        if (digits.Length is < 5 or > 15 || !digits.All(char.IsAsciiDigit))
        {
            throw new DomainRuleViolationException(ActorRules.PhoneNumberIsWellFormed, "A phone number is an optional '+' and 5 to 15 digits.");
        }

        _value = normalised;
    }

    /// <summary>The normalised number. Personal data: read it only inside a recorded personal-information access.</summary>
    [PersonalData]
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(PhoneNumber other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PhoneNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Always <see cref="DomainEvent.Redacted"/>: the number is personal data.</summary>
    /// <returns>The redaction marker.</returns>
    public override string ToString() => DomainEvent.Redacted;

    /// <summary>Whether two numbers are equal.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PhoneNumber left, PhoneNumber right) => left.Equals(right);

    /// <summary>Whether two numbers differ.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(PhoneNumber left, PhoneNumber right) => !left.Equals(right);
}
