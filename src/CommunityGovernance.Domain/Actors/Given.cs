using System.Runtime.CompilerServices;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Actors;

/// <summary>
/// Refuses the default values of the id structs, which name nothing, with the rule of the id concerned. Used by
/// the actor, demand and participation commands.
/// </summary>
internal static class Given
{
    public static ActorId Actor(ActorId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        id.Value.Length != 0 ? id : throw new DomainRuleViolationException(ActorRules.IdIsWellFormed, $"'{parameterName}' must name an actor.");

    public static CommunityUnit Unit(CommunityUnit unit, [CallerArgumentExpression(nameof(unit))] string? parameterName = null) =>
        unit.Side != default ? unit : throw new DomainRuleViolationException(CommunityRules.CommunityUnitSideMatches, $"'{parameterName}' must be an administrative unit or a living community.");

    public static TEnum Known<TEnum>(TEnum value, string rule, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new DomainRuleViolationException(rule, $"'{parameterName}' is not a known {typeof(TEnum).Name}.");
}
