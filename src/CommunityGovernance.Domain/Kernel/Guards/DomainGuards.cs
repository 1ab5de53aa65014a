using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace CommunityGovernance.Kernel;

/// <summary>
/// Guards for the input of commands and values. Unlike the framework's argument exceptions, each throws a
/// <see cref="DomainRuleViolationException"/> that names the broken rule, so every refusal of this library is of
/// one family.
/// </summary>
/// <remarks>
/// The one guard family of the domain, in the shape of Ardalis.GuardClauses: extensions of <see cref="IGuardClause"/>
/// that take the parameter's name from <see cref="CallerArgumentExpressionAttribute"/> and return the checked value.
/// One file per family: missing values and texts here, identifiers in <c>DomainGuards.Ids.cs</c>, enum values and
/// units in <c>DomainGuards.Values.cs</c>.
/// </remarks>
public static partial class DomainGuards
{
    /// <summary>Rejects a null value.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="guard">The guard clause entry point (<c>Guard.Against</c>).</param>
    /// <param name="value">The value to check.</param>
    /// <param name="parameterName">Filled in by the compiler.</param>
    /// <returns><paramref name="value"/>, known not to be null.</returns>
    /// <exception cref="DomainRuleViolationException">The value is null.</exception>
    public static T MissingValue<T>(this IGuardClause guard, [System.Diagnostics.CodeAnalysis.NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : class
    {
        _ = guard;
        return value ?? throw new DomainRuleViolationException(KernelRules.ValueIsRequired, $"'{parameterName}' is required.");
    }

    /// <summary>Rejects a null, empty or blank text, and a text longer than <paramref name="maxLength"/>.</summary>
    /// <param name="guard">The guard clause entry point (<c>Guard.Against</c>).</param>
    /// <param name="value">The text to check.</param>
    /// <param name="maxLength">The longest text accepted.</param>
    /// <param name="parameterName">Filled in by the compiler.</param>
    /// <returns><paramref name="value"/> with surrounding white space removed.</returns>
    /// <exception cref="DomainRuleViolationException">The text is missing, blank or too long.</exception>
    public static string MissingText(this IGuardClause guard, [System.Diagnostics.CodeAnalysis.NotNull] string? value, int maxLength = 200, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guard;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainRuleViolationException(KernelRules.TextIsRequired, $"'{parameterName}' must be a non-blank text.");
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleViolationException(KernelRules.TextWithinLength, $"'{parameterName}' must be at most {maxLength} characters long, but has {trimmed.Length}.");
        }

        return trimmed;
    }
}
