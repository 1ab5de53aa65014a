using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Living;

/// <summary>Identifies a courtyard (院落) of a living community: a yard and the buildings around it, often an old-neighbourhood unit of self-governance.</summary>
/// <remarks>
/// The value is chosen by the vendor: 1 to 64 letters, digits, '-', '_', '.' or ':'. Two ids are equal when their
/// values are equal, compared ordinally (case matters).
/// </remarks>
[SideIdentifier(CommunitySide.Living)]
[StringIdentifier("courtyard id")]
public readonly partial struct CourtyardId
{
    /// <summary>The rule broken by a malformed courtyard id.</summary>
    public const string WellFormedRule = "CourtyardIdIsWellFormed";

    /// <summary>Identifies the unit with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public partial CourtyardId(string value);

    /// <summary>Whether this is the default value, which identifies nothing.</summary>
    public bool IsEmpty => Value.Length == 0;
}
