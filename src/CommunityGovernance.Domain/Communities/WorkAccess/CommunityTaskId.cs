using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>Identifies one task set on a residents' committee, for example the department's document number.</summary>
/// <remarks>
/// The value is 1 to 64 letters, digits, '-', '_', '.' or ':'. Two ids are equal when their values are equal,
/// compared ordinally (case matters).
/// </remarks>
[AdministrativeSide]
[StringIdentifier("community task id")]
public readonly partial struct CommunityTaskId
{
    /// <summary>The rule broken by a malformed community task id.</summary>
    public const string WellFormedRule = "CommunityTaskIdIsWellFormed";

    /// <summary>Identifies the task with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public partial CommunityTaskId(string value);
}
