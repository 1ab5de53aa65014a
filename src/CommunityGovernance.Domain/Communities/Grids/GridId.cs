using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Grids;

/// <summary>Identifies a grid (网格) of an administrative community, the unit a street office runs cases in.</summary>
/// <remarks>
/// The value is chosen by the vendor (often the city's grid code): 1 to 64 letters, digits, '-', '_', '.' or ':'. Two
/// ids are equal when their values are equal, compared ordinally (case matters).
/// </remarks>
[SideIdentifier(CommunitySide.Administrative)]
[StringIdentifier("grid id")]
public readonly partial struct GridId
{
    /// <summary>The rule broken by a malformed grid id.</summary>
    public const string WellFormedRule = "GridIdIsWellFormed";

    /// <summary>Identifies the grid with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public partial GridId(string value);

    /// <summary>Whether this is the default value, which identifies nothing.</summary>
    public bool IsEmpty => Value.Length == 0;
}
