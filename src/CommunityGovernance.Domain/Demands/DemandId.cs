using System.Text.Json.Serialization;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands;

/// <summary>Identifies a demand (诉求), e.g. the case number of a 12345 hotline or a community work order.</summary>
/// <remarks>
/// The value is chosen by the vendor: 1 to 64 letters, digits, '-', '_', '.' or ':'. Two ids are equal when
/// their values are equal, compared ordinally (case matters).
/// </remarks>
[JsonConverter(typeof(DemandIdJsonConverter))]
public readonly struct DemandId : IEquatable<DemandId>, IComparable<DemandId>
{
    /// <summary>The rule broken by a malformed demand id.</summary>
    public const string WellFormedRule = "DemandIdIsWellFormed";

    private readonly string? _value;

    /// <summary>Identifies the demand with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public DemandId(string value) => _value = IdentifierText.Validate(value, WellFormedRule, "demand id");

    /// <summary>The vendor's value. Empty only for the default value of the struct, which identifies nothing.</summary>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(DemandId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DemandId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(DemandId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The vendor's value.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DemandId left, DemandId right) => left.Equals(right);

    /// <summary>Whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(DemandId left, DemandId right) => !left.Equals(right);
}
