using CommunityGovernance.Testing;
using FsCheck.Xunit;

namespace CommunityGovernance.PropertyTesting;

/// <summary>
/// The one way a test project here declares an FsCheck property: its case count is the shipped switch's,
/// <see cref="PropertyCases.Count"/> (100 by default, the value of <c>CG_PROPERTY_CASES</c> when set, e.g.
/// <c>CG_PROPERTY_CASES=100000</c> for the long runs recorded in docs/reliability.md). It is the attribute the Testing
/// package's README shows vendors, used here as a vendor would.
/// </summary>
/// <remarks>
/// A property that deliberately runs more than the default names its own count in <see cref="MinimumCases"/> and
/// gets <see cref="PropertyCases.AtLeast"/> of it, so it still scales. Setting <c>MaxTest</c> directly would bypass the
/// switch; <c>ScaledPropertyCoverageTests</c> in each project fails on it, and on any plain <c>[Property]</c>.
/// This file is linked into each test project that runs properties.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ScaledPropertyAttribute : PropertyAttribute
{
    private int _minimumCases;

    /// <summary>Runs <see cref="PropertyCases.Count"/> cases.</summary>
    public ScaledPropertyAttribute() => MaxTest = PropertyCases.Count;

    /// <summary>
    /// The count a property that deliberately runs more than the default asks for; it runs the larger of this and
    /// <see cref="PropertyCases.Count"/>.
    /// </summary>
    public int MinimumCases
    {
        get => _minimumCases;
        set
        {
            _minimumCases = value;
            MaxTest = PropertyCases.AtLeast(value);
        }
    }
}
