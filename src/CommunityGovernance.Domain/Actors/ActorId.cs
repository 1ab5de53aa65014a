using CommunityGovernance.Kernel;

namespace CommunityGovernance.Actors;

/// <summary>
/// Identifies an actor (多元主体之一): a party committee or government body, a street office, a residents'
/// committee, a property company, a homeowners' committee, a social organisation, a resident…
/// </summary>
/// <remarks>
/// The value is chosen by the vendor: 1 to 64 letters, digits, '-', '_', '.' or ':'. Two ids are equal when
/// their values are equal, compared ordinally (case matters). The id carries its hash code, computed once when it
/// is made, so that finding an actor in a table (the rights index, a dictionary) need not read the text again.
/// </remarks>
public readonly struct ActorId : IEquatable<ActorId>, IComparable<ActorId>
{
    /// <summary>The rule broken by a malformed actor id.</summary>
    public const string WellFormedRule = "ActorIdIsWellFormed";

    private readonly string? _value;
    private readonly int _hash;

    /// <summary>Identifies the actor with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public ActorId(string value)
    {
        _value = IdentifierText.Validate(value, WellFormedRule, "actor id");
        _hash = StringComparer.Ordinal.GetHashCode(_value);
    }

    /// <summary>The vendor's value. Empty only for the default value of the struct, which identifies nothing.</summary>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(ActorId other) => _hash == other._hash && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ActorId other && Equals(other);

    /// <inheritdoc />
    /// <remarks>Ordinal and randomized per process, as <see cref="string.GetHashCode()"/>: never store it. The default id's is 0.</remarks>
    public override int GetHashCode() => _hash;

    /// <inheritdoc />
    public int CompareTo(ActorId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The vendor's value.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ActorId left, ActorId right) => left.Equals(right);

    /// <summary>Whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ActorId left, ActorId right) => !left.Equals(right);
}
