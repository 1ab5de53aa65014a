using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>
/// Identifies a governance arrangement (治理安排): the actors that take part in governing one community together,
/// and the tools they use. The vendor chooses it.
/// </summary>
/// <remarks>
/// The value is 1 to 64 letters, digits, '-', '_', '.' or ':'. Two ids are equal when their values are equal,
/// compared ordinally (case matters).
/// </remarks>
[StringIdentifier("governance-arrangement id")]
public readonly partial struct GovernanceArrangementId
{
    /// <summary>The rule broken by a malformed arrangement id.</summary>
    public const string WellFormedRule = "GovernanceArrangementIdIsWellFormed";

    /// <summary>Identifies the arrangement with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public partial GovernanceArrangementId(string value);
}
