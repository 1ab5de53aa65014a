using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage;

/// <summary>
/// Identifies a tenant of a shared event store: a vendor hosting several districts or cities keeps each tenant's
/// streams, stream listings and feed apart. A store is opened for one tenant and never returns another's events.
/// </summary>
/// <remarks>
/// The value is chosen by the vendor: 1 to 64 letters, digits, '-', '_', '.' or ':' (e.g. an area code). Equal when
/// the values are equal, compared ordinally. <see cref="Default"/> is the tenant of a store that hosts one.
/// </remarks>
public readonly struct TenantId : IEquatable<TenantId>
{
    /// <summary>The rule broken by a malformed tenant id.</summary>
    public const string WellFormedRule = "TenantIdIsWellFormed";

    /// <summary>The value of <see cref="Default"/>.</summary>
    public const string DefaultValue = "default";

    /// <summary>Identifies the tenant with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public TenantId(string value) => Value = IdentifierText.Validate(value, WellFormedRule, "tenant id");

    /// <summary>The tenant of a store that hosts only one.</summary>
    public static TenantId Default { get; } = new(DefaultValue);

    /// <summary>The value; <see cref="DefaultValue"/> for the default value of the struct too.</summary>
    public string Value { get => field ?? DefaultValue; }

    /// <inheritdoc />
    public bool Equals(TenantId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TenantId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The value.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(TenantId left, TenantId right) => left.Equals(right);

    /// <summary>Whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(TenantId left, TenantId right) => !left.Equals(right);
}
