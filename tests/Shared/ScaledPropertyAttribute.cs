using System.Globalization;
using FsCheck.Xunit;

namespace CommunityGovernance.PropertyTesting;

/// <summary>
/// The one way a test project here declares an FsCheck property: its case count is decided by the environment,
/// 100 by default so the suite stays quick, and the value of <c>CG_PROPERTY_CASES</c> when set (e.g.
/// <c>CG_PROPERTY_CASES=100000</c> for the long runs recorded in docs/reliability.md).
/// </summary>
/// <remarks>
/// A property that deliberately runs more than the default names its own count in <see cref="MinimumCases"/> and
/// gets the larger of that and the switch, so it still scales. Setting <c>MaxTest</c> directly would bypass the
/// switch; <c>ScaledPropertyCoverageTests</c> in each project fails on it, and on any plain <c>[Property]</c>.
/// This file is linked into each test project that runs properties.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ScaledPropertyAttribute : PropertyAttribute
{
    /// <summary>The environment variable that raises the case count.</summary>
    public const string CasesVariable = "CG_PROPERTY_CASES";

    /// <summary>Cases per property when the variable is unset.</summary>
    public const int DefaultCases = 100;

    private int _minimumCases;

    /// <summary>Runs <see cref="Cases"/> cases.</summary>
    public ScaledPropertyAttribute() => MaxTest = Cases;

    /// <summary>The case count this run uses for a property with no minimum of its own.</summary>
    public static int Cases { get; } =
        int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? cases
            : DefaultCases;

    /// <summary>
    /// The count a property that deliberately runs more than the default asks for; it runs the larger of this and
    /// <see cref="Cases"/>.
    /// </summary>
    public int MinimumCases
    {
        get => _minimumCases;
        set
        {
            _minimumCases = value;
            MaxTest = Math.Max(value, Cases);
        }
    }
}
