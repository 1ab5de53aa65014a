using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing;

/// <summary>
/// How many cases a property runs, decided by the environment and not by each test: 100 by default, so that a suite
/// stays quick, and the value of <c>CG_PROPERTY_CASES</c> when set (<c>CG_PROPERTY_CASES=100000</c> for a long run before
/// a release). The same switch for every test framework: read <see cref="Count"/> in your property attribute, or pass
/// <see cref="Config"/> to <c>Prop.Check</c>.
/// </summary>
/// <remarks>
/// With FsCheck.Xunit, a five-line attribute puts every property under the switch:
/// <code>
/// public sealed class GovernancePropertyAttribute : FsCheck.Xunit.PropertyAttribute
/// {
///     public GovernancePropertyAttribute() => MaxTest = PropertyCases.Count;
/// }
/// </code>
/// A property that deliberately runs more than the default asks for <see cref="AtLeast"/>, so that it still scales with
/// the switch. A malformed value fails loudly rather than quietly running the default: a long run that ran 100 cases
/// would be worse than no run.
/// </remarks>
public static class PropertyCases
{
    /// <summary>The environment variable that sets the case count.</summary>
    public const string Variable = "CG_PROPERTY_CASES";

    /// <summary>Cases per property when <see cref="Variable"/> is unset or empty.</summary>
    public const int Default = 100;

    /// <summary>The case count this process runs: <see cref="Variable"/>'s value, or <see cref="Default"/>.</summary>
    /// <exception cref="InvalidOperationException">The variable is set to something other than a positive whole number.</exception>
    public static int Count => Parse(Environment.GetEnvironmentVariable(Variable));

    /// <summary>An FsCheck configuration that runs <see cref="Count"/> cases and throws on the first failure.</summary>
    /// <exception cref="InvalidOperationException">The variable is malformed (see <see cref="Count"/>).</exception>
    public static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Count);

    /// <summary>The larger of <paramref name="minimum"/> and <see cref="Count"/>: a property's own larger count that still scales with the switch.</summary>
    /// <param name="minimum">The count the property needs at least.</param>
    /// <returns>The count to run.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is not positive.</exception>
    public static int AtLeast(int minimum)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimum);
        return Math.Max(minimum, Count);
    }

    /// <summary>Reads a case count as <see cref="Variable"/> holds it: unset or empty means <see cref="Default"/>.</summary>
    /// <param name="value">The variable's value, or <see langword="null"/> when unset.</param>
    /// <returns>The count.</returns>
    /// <exception cref="InvalidOperationException">The value is not a positive whole number.</exception>
    public static int Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Default;
        }

        return int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? cases
            : throw new InvalidOperationException($"{Variable} must be a positive whole number of cases per property, not '{value}'.");
    }
}
