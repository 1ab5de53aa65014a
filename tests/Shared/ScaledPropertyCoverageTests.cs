using System.Reflection;
using FsCheck.Xunit;

namespace CommunityGovernance.PropertyTesting;

/// <summary>
/// Keeps <c>CG_PROPERTY_CASES</c> in charge of every property of the test project this file is linked into: a plain
/// <c>[Property]</c>, or a <c>MaxTest</c> set past the switch, would quietly run the same count however long the run.
/// </summary>
public sealed class ScaledPropertyCoverageTests
{
    private static readonly MethodInfo[] s_properties =
    [
        .. typeof(ScaledPropertyCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.IsDefined(typeof(PropertyAttribute), inherit: false)),
    ];

    [Fact]
    public void Every_property_is_declared_with_the_scaled_attribute()
    {
        Assert.NotEmpty(s_properties);
        var plain = s_properties
            .Where(m => m.GetCustomAttribute<PropertyAttribute>() is not ScaledPropertyAttribute)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");
        Assert.Empty(plain);
    }

    [Fact]
    public void Every_property_runs_the_switched_count_or_its_own_larger_minimum()
    {
        var fixedCounts = s_properties
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<PropertyAttribute>()))
            .Where(p => p.Attribute is ScaledPropertyAttribute scaled
                && scaled.MaxTest != Math.Max(scaled.MinimumCases, CommunityGovernance.Testing.PropertyCases.Count))
            .Select(p => $"{p.Method.DeclaringType!.Name}.{p.Method.Name}: {p.Attribute!.MaxTest}");
        Assert.Empty(fixedCounts);
    }
}
