using CommunityGovernance.Communities;
using CommunityGovernance.Demands;

namespace CommunityGovernance.Actors;

/// <summary>
/// One part of an actor's responsibility boundary (责): demands of <see cref="Category"/> about
/// <see cref="Unit"/> are the actor's to handle.
/// </summary>
/// <remarks>
/// An administrative unit covers itself and every unit below it (a street office responsible for its street
/// covers the street's communities); a living community covers only itself. A responsibility never covers a unit
/// of the other side. Two responsibilities are equal when category and unit are equal.
/// </remarks>
/// <param name="Category">The demand category.</param>
/// <param name="Unit">The unit.</param>
public readonly record struct Responsibility(DemandCategory Category, CommunityUnit Unit)
{
    /// <summary>Whether a demand of <paramref name="category"/> about <paramref name="unit"/> falls within this responsibility.</summary>
    /// <param name="category">The demand's category.</param>
    /// <param name="unit">The demand's subject.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    public bool Covers(DemandCategory category, CommunityUnit unit) =>
        category == Category && unit.Side == Unit.Side && unit.Side != default &&
        (unit.IsLiving ? unit.LivingCommunityId == Unit.LivingCommunityId : unit.AreaCode.IsWithin(Unit.AreaCode));
}
