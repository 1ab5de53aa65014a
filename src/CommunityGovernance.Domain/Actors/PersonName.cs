using System.Text.Json.Serialization;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Actors;

/// <summary>
/// A resident's name (姓名): 1 to 50 characters after trimming. Personal data: it never appears in
/// <see cref="ToString"/> or in any message.
/// </summary>
/// <remarks>Two names are equal when their trimmed texts are equal, compared ordinally.</remarks>
[LivingSide]
[JsonConverter(typeof(PersonNameJsonConverter))]
public readonly struct PersonName : IEquatable<PersonName>
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxLength = 50;

    private readonly string? _value;

    /// <summary>Creates a name.</summary>
    /// <param name="value">The name; surrounding white space is removed.</param>
    /// <exception cref="DomainRuleViolationException">The name is blank or longer than <see cref="MaxLength"/>.</exception>
    public PersonName([PersonalData] string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength)
        {
            throw new DomainRuleViolationException(ActorRules.PersonNameIsWellFormed, $"A person's name has 1 to {MaxLength} non-blank characters.");
        }

        _value = trimmed;
    }

    /// <summary>The name. Personal data: read it only inside a recorded personal-information access.</summary>
    [PersonalData]
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is the default value, which names no one.</summary>
    public bool IsDefault => _value is null;

    /// <inheritdoc />
    public bool Equals(PersonName other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PersonName other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Always <see cref="DomainEvent.Redacted"/>: the name is personal data.</summary>
    /// <returns>The redaction marker.</returns>
    public override string ToString() => DomainEvent.Redacted;

    /// <summary>Whether two names are equal.</summary>
    /// <param name="left">The first name.</param>
    /// <param name="right">The second name.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PersonName left, PersonName right) => left.Equals(right);

    /// <summary>Whether two names differ.</summary>
    /// <param name="left">The first name.</param>
    /// <param name="right">The second name.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(PersonName left, PersonName right) => !left.Equals(right);
}
