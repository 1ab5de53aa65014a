using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>
/// Identifies one governance right (治理权): a grant, an integration-born right or one delegated from another.
/// The vendor chooses it, for example the number of the document that grants or delegates the right.
/// </summary>
/// <remarks>
/// The value is 1 to 64 letters, digits, '-', '_', '.' or ':'. Two ids are equal when their values are equal,
/// compared ordinally (case matters). Ids are unique across every right an index holds.
/// </remarks>
[StringIdentifier("governance-right id")]
public readonly partial struct GovernanceRightId
{
    /// <summary>The rule broken by a malformed right id.</summary>
    public const string WellFormedRule = "GovernanceRightIdIsWellFormed";

    /// <summary>Identifies the right with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public partial GovernanceRightId(string value);
}
