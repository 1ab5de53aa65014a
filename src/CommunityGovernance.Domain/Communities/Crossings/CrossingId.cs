using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>
/// Identifies one crossing of the boundary: an administrative order sinking into a living community, or a
/// self-governance decision reaching the administrative side. Chosen by the vendor, for example a document number.
/// </summary>
/// <remarks>
/// The value is 1 to 64 letters, digits, '-', '_', '.' or ':'. Two ids are equal when their values are equal,
/// compared ordinally (case matters).
/// </remarks>
[SanctionedCrossing("A crossing id names an order or decision that crosses between the two sides.")]
[StringIdentifier("crossing id")]
public readonly partial struct CrossingId
{
    /// <summary>The rule broken by a malformed crossing id.</summary>
    public const string WellFormedRule = "CrossingIdIsWellFormed";

    /// <summary>Identifies the crossing with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public partial CrossingId(string value);

    /// <summary>Whether this is the default value, which identifies nothing.</summary>
    public bool IsEmpty => Value.Length == 0;
}
