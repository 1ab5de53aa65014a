using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>
/// Identifies a kind of work that may be set on a residents' committee (社区工作事项), as a district's work-access list
/// names it, for example <c>census-assistance</c> or <c>fire-safety-inspection</c>. Chosen by the district or the vendor.
/// </summary>
/// <remarks>
/// The value is 1 to 64 letters, digits, '-', '_', '.' or ':'. Two codes are equal when their values are equal,
/// compared ordinally (case matters).
/// </remarks>
[AdministrativeSide]
[StringIdentifier("work item code")]
public readonly partial struct WorkItemCode
{
    /// <summary>The rule broken by a malformed work item code.</summary>
    public const string WellFormedRule = "WorkItemCodeIsWellFormed";

    /// <summary>Identifies the kind of work with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public partial WorkItemCode(string value);
}
