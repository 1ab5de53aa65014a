using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>
/// Identifies one governance right (治理权): a grant, an integration-born right or one delegated from another.
/// The vendor chooses it, for example the number of the document that grants or delegates the right.
/// </summary>
/// <remarks>
/// The value is 1 to 64 letters, digits, '-', '_', '.' or ':'. Two ids are equal when their values are equal,
/// compared ordinally (case matters). Ids are unique across every right an index holds.
/// </remarks>
public readonly struct GovernanceRightId : IEquatable<GovernanceRightId>, IComparable<GovernanceRightId>
{
    /// <summary>The rule broken by a malformed right id.</summary>
    public const string WellFormedRule = "GovernanceRightIdIsWellFormed";

    private readonly string? _value;

    /// <summary>Identifies the right with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public GovernanceRightId(string value) => _value = IdentifierText.Validate(value, WellFormedRule, "governance-right id");

    /// <summary>The vendor's value. Empty only for the default value of the struct, which identifies nothing.</summary>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(GovernanceRightId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GovernanceRightId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(GovernanceRightId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The vendor's value.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(GovernanceRightId left, GovernanceRightId right) => left.Equals(right);

    /// <summary>Whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(GovernanceRightId left, GovernanceRightId right) => !left.Equals(right);
}
