using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Living;

/// <summary>Identifies a courtyard (院落) of a living community: a yard and the buildings around it, often an old-neighbourhood unit of self-governance.</summary>
/// <remarks>
/// The value is chosen by the vendor: 1 to 64 letters, digits, '-', '_', '.' or ':'. Two ids are equal when their
/// values are equal, compared ordinally (case matters).
/// </remarks>
[SideIdentifier(CommunitySide.Living)]
public readonly record struct CourtyardId : IComparable<CourtyardId>
{
    /// <summary>The rule broken by a malformed courtyard id.</summary>
    public const string WellFormedRule = "CourtyardIdIsWellFormed";

    private readonly string? _value;

    /// <summary>Identifies the unit with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public CourtyardId(string value) => _value = IdentifierText.Validate(value, WellFormedRule, "courtyard id");

    /// <summary>The vendor's value. Empty only for the default value of the struct, which identifies nothing.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is the default value, which identifies nothing.</summary>
    public bool IsEmpty => Value.Length == 0;

    /// <inheritdoc />
    public int CompareTo(CourtyardId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The vendor's value.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;
}
