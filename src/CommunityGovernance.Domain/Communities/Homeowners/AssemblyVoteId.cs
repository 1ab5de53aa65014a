using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>Identifies one vote of a homeowners' assembly (业主大会表决) on one matter.</summary>
/// <remarks>
/// The value is chosen by the vendor, e.g. the assembly's meeting number (YZDH-2025-01): 1 to 64 letters, digits,
/// '-', '_', '.' or ':'. Two ids are equal when their values are equal, compared ordinally (case matters).
/// </remarks>
[SideIdentifier(CommunitySide.Living)]
[StringIdentifier("assembly vote id")]
public readonly partial struct AssemblyVoteId
{
    /// <summary>The rule broken by a malformed assembly vote id.</summary>
    public const string WellFormedRule = "AssemblyVoteIdIsWellFormed";

    /// <summary>Identifies the vote with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public partial AssemblyVoteId(string value);

    /// <summary>Whether this is the default value, which identifies nothing.</summary>
    public bool IsEmpty => Value.Length == 0;
}
