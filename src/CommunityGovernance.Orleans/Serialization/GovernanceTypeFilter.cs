using CommunityGovernance.Kernel;
using Orleans.Serialization;

namespace CommunityGovernance.Orleans.Serialization;

/// <summary>
/// Lets Orleans name the library's aggregate types on the wire: they are the type arguments of the aggregates' grain
/// interfaces (<c>IAggregateGrain&lt;Demand&gt;</c>) and of the invokers generated for them, and are never serialized
/// themselves. Any other type is left to the other filters, so the allow-list stays closed.
/// </summary>
internal sealed class GovernanceTypeFilter : ITypeFilter
{
    public bool? IsTypeAllowed(Type type) => type is not null && (IsAggregate(type) || IsOursOverAggregates(type)) ? true : null;

    private static bool IsAggregate(Type type) => !type.IsAbstract && typeof(AggregateRoot).IsAssignableFrom(type);

    // The grain interfaces and the invokers Orleans generates for them in this assembly, closed over aggregates.
    private static bool IsOursOverAggregates(Type type) =>
        type.IsConstructedGenericType
        && type.GetGenericTypeDefinition().Assembly == typeof(GovernanceTypeFilter).Assembly
        && type.GenericTypeArguments.All(IsAggregate);
}
