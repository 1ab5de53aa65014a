using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using CommunityGovernance.Communities;

namespace CommunityGovernance.Kernel;

// Refuses values that are present but not one of the domain's: an enum value outside its list, a unit of neither
// side, a struct left at its default.
public static partial class DomainGuards
{
    internal static TEnum UnknownValue<TEnum>(this IGuardClause guard, TEnum value, string rule, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where TEnum : struct, Enum
    {
        _ = guard;
        return Enum.IsDefined(value) ? value : throw new DomainRuleViolationException(rule, $"'{parameterName}' is not a known {typeof(TEnum).Name}.");
    }

    internal static CommunityUnit MissingUnit(this IGuardClause guard, CommunityUnit unit, [CallerArgumentExpression(nameof(unit))] string? parameterName = null)
    {
        _ = guard;
        return unit.Side != default
            ? unit
            : throw new DomainRuleViolationException(CommunityRules.CommunityUnitSideMatches, $"'{parameterName}' must be an administrative unit or a living community.");
    }

    internal static T DefaultValue<T>(this IGuardClause guard, T value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : struct, IEquatable<T>
    {
        _ = guard;
        return !value.Equals(default) ? value : throw new DomainRuleViolationException(KernelRules.ValueIsRequired, $"'{parameterName}' is required.");
    }
}
