using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands.Catalogue;

/// <summary>
/// Identifies a kind of case in a vendor's service catalogue (服务事项编码): the Open311 GeoReport v2
/// <c>service_code</c>, e.g. <c>1001</c> for noise (噪音扰民).
/// </summary>
/// <remarks>
/// The value is chosen by the vendor: 1 to 64 letters, digits, '-', '_', '.' or ':'. Two codes are equal when
/// their values are equal, compared ordinally (case matters).
/// </remarks>
[StringIdentifier("service code")]
public readonly partial struct ServiceCode
{
    /// <summary>The rule broken by a malformed service code.</summary>
    public const string WellFormedRule = "ServiceCodeIsWellFormed";

    /// <summary>Identifies the service with the given code.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public partial ServiceCode(string value);
}
