using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>
/// Identifies one proposal (提案, 金点子) of a community-building process, and the project (项目) it becomes when the
/// budget vote chooses it, for example <c>P-07</c>.
/// </summary>
/// <remarks>
/// The value is chosen by the vendor, unique within its process: 1 to 64 letters, digits, '-', '_', '.' or ':'. Two
/// ids are equal when their values are equal, compared ordinally (case matters).
/// </remarks>
[SanctionedCrossing(PlatformCrossing.Reason)]
[StringIdentifier("proposal id")]
public readonly partial struct ProposalId
{
    /// <summary>The rule broken by a malformed proposal id.</summary>
    public const string WellFormedRule = "ProposalIdIsWellFormed";

    /// <summary>Identifies the proposal with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public partial ProposalId(string value);

    /// <summary>Whether this is the default value, which identifies nothing.</summary>
    public bool IsEmpty => Value.Length == 0;
}
