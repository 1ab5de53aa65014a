using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>Identifies an exclusive unit (专有部分) of a living community: a flat, a shop or a garage with its own title.</summary>
/// <remarks>
/// The value is chosen by the vendor, e.g. the real-estate register's unit number (GH-A01-2-301): 1 to 64 letters,
/// digits, '-', '_', '.' or ':'. Two ids are equal when their values are equal, compared ordinally (case matters).
/// </remarks>
[SideIdentifier(CommunitySide.Living)]
[StringIdentifier("exclusive unit id")]
public readonly partial struct ExclusiveUnitId
{
    /// <summary>The rule broken by a malformed exclusive unit id.</summary>
    public const string WellFormedRule = "ExclusiveUnitIdIsWellFormed";

    /// <summary>Identifies the exclusive unit with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public partial ExclusiveUnitId(string value);

    /// <summary>Whether this is the default value, which identifies nothing.</summary>
    public bool IsEmpty => Value.Length == 0;
}
