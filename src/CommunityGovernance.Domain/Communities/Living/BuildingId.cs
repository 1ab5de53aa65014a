using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Living;

/// <summary>Identifies a building (楼栋) of a living community.</summary>
/// <remarks>
/// The value is chosen by the vendor: 1 to 64 letters, digits, '-', '_', '.' or ':'. Two ids are equal when their
/// values are equal, compared ordinally (case matters).
/// </remarks>
[SideIdentifier(CommunitySide.Living)]
[StringIdentifier("building id")]
public readonly partial struct BuildingId
{
    /// <summary>The rule broken by a malformed building id.</summary>
    public const string WellFormedRule = "BuildingIdIsWellFormed";

    /// <summary>Identifies the unit with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public partial BuildingId(string value);

    /// <summary>Whether this is the default value, which identifies nothing.</summary>
    public bool IsEmpty => Value.Length == 0;
}
