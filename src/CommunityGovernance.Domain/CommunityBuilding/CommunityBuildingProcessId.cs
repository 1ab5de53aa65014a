using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>Identifies one community-building process (社区营造项目), for example <c>SQYZ-2025-GY01</c>.</summary>
/// <remarks>
/// The value is chosen by the vendor: 1 to 64 letters, digits, '-', '_', '.' or ':'. Two ids are equal when their
/// values are equal, compared ordinally (case matters).
/// </remarks>
[SanctionedCrossing(PlatformCrossing.Reason)]
[StringIdentifier("community-building process id")]
public readonly partial struct CommunityBuildingProcessId
{
    /// <summary>The rule broken by a malformed community-building process id.</summary>
    public const string WellFormedRule = "CommunityBuildingProcessIdIsWellFormed";

    /// <summary>Identifies the process with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public partial CommunityBuildingProcessId(string value);

    /// <summary>Whether this is the default value, which identifies nothing.</summary>
    public bool IsEmpty => Value.Length == 0;
}
