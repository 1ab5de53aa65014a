using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>
/// Identifies a governance arrangement (治理安排): the actors that take part in governing one community together,
/// and the tools they use. The vendor chooses it.
/// </summary>
/// <remarks>
/// The value is 1 to 64 letters, digits, '-', '_', '.' or ':'. Two ids are equal when their values are equal,
/// compared ordinally (case matters).
/// </remarks>
public readonly struct GovernanceArrangementId : IEquatable<GovernanceArrangementId>, IComparable<GovernanceArrangementId>
{
    /// <summary>The rule broken by a malformed arrangement id.</summary>
    public const string WellFormedRule = "GovernanceArrangementIdIsWellFormed";

    private readonly string? _value;

    /// <summary>Identifies the arrangement with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public GovernanceArrangementId(string value) => _value = IdentifierText.Validate(value, WellFormedRule, "governance-arrangement id");

    /// <summary>The vendor's value. Empty only for the default value of the struct, which identifies nothing.</summary>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(GovernanceArrangementId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GovernanceArrangementId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(GovernanceArrangementId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The vendor's value.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(GovernanceArrangementId left, GovernanceArrangementId right) => left.Equals(right);

    /// <summary>Whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(GovernanceArrangementId left, GovernanceArrangementId right) => !left.Equals(right);
}
