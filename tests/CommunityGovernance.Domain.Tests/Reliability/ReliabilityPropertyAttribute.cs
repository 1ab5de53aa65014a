using System.Globalization;
using FsCheck.Xunit;

namespace CommunityGovernance.Domain.Tests.Reliability;

/// <summary>
/// A property whose case count the environment decides: 100 by default, so the suite stays quick, and the value of
/// <c>CG_PROPERTY_CASES</c> when set (e.g. <c>CG_PROPERTY_CASES=100000</c> for the long run recorded in
/// docs/reliability.md).
/// </summary>
public sealed class ReliabilityPropertyAttribute : PropertyAttribute
{
    /// <summary>The environment variable that raises the case count.</summary>
    public const string CasesVariable = "CG_PROPERTY_CASES";

    /// <summary>Cases per property when the variable is unset.</summary>
    public const int DefaultCases = 100;

    public ReliabilityPropertyAttribute() => MaxTest = Cases;

    /// <summary>The case count this run uses.</summary>
    public static int Cases { get; } =
        int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? cases
            : DefaultCases;
}
