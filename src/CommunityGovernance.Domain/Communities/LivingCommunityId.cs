using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities;

/// <summary>
/// Identifies a living community (生活共同体社区): a community of common residence, chosen by the vendor, for
/// example the code of a residential compound in a property-management system.
/// </summary>
/// <remarks>
/// <para>
/// This type and <see cref="AdministrativeCommunityId"/> are deliberately unrelated: there is no conversion
/// between them, no common base, and a <see cref="LivingCommunityId"/> never equals an
/// <see cref="AdministrativeCommunityId"/>, not even through <see cref="object.Equals(object)"/>.
/// </para>
/// <para>
/// The value is 1 to 64 letters, digits, '-', '_', '.' or ':'. Two ids are equal when their values are equal,
/// compared ordinally (case matters).
/// </para>
/// </remarks>
[SideIdentifier(CommunitySide.Living)]
public readonly struct LivingCommunityId : IEquatable<LivingCommunityId>, IComparable<LivingCommunityId>
{
    /// <summary>The rule broken by a malformed living-community id.</summary>
    public const string WellFormedRule = "LivingCommunityIdIsWellFormed";

    private readonly string? _value;

    /// <summary>Identifies the living community with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public LivingCommunityId(string value) => _value = IdentifierText.Validate(value, WellFormedRule, "living-community id");

    /// <summary>The vendor's value. Empty only for the default value of the struct, which identifies nothing.</summary>
    public string Value => _value ?? string.Empty;

    // Whether this is a made id rather than the default value of the struct.
    internal bool IsSet => _value is not null;

    /// <inheritdoc />
    public bool Equals(LivingCommunityId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LivingCommunityId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(LivingCommunityId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The vendor's value.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(LivingCommunityId left, LivingCommunityId right) => left.Equals(right);

    /// <summary>Whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(LivingCommunityId left, LivingCommunityId right) => !left.Equals(right);
}
