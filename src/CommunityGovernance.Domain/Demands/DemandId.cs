using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands;

/// <summary>Identifies a demand (诉求), e.g. the case number of a 12345 hotline or a community work order.</summary>
/// <remarks>
/// The value is chosen by the vendor: 1 to 64 letters, digits, '-', '_', '.' or ':'. Two ids are equal when
/// their values are equal, compared ordinally (case matters).
/// </remarks>
[StringIdentifier("demand id")]
public readonly partial struct DemandId
{
    /// <summary>The rule broken by a malformed demand id.</summary>
    public const string WellFormedRule = "DemandIdIsWellFormed";

    /// <summary>Identifies the demand with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public partial DemandId(string value);
}
