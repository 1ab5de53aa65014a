using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Living;

/// <summary>A residential compound (小区) in a snapshot.</summary>
/// <param name="Id">The compound's id.</param>
/// <param name="Name">Its name.</param>
[LivingSide]
public readonly record struct CompoundEntry(CompoundId Id, string Name);

/// <summary>A courtyard (院落) in a snapshot.</summary>
/// <param name="Id">The courtyard's id.</param>
/// <param name="Compound">The compound it lies in.</param>
/// <param name="Name">Its name.</param>
[LivingSide]
public readonly record struct CourtyardEntry(CourtyardId Id, CompoundId Compound, string Name);

/// <summary>A building (楼栋) in a snapshot.</summary>
/// <param name="Id">The building's id.</param>
/// <param name="Compound">The compound it lies in.</param>
/// <param name="Courtyard">The courtyard it belongs to, if any.</param>
/// <param name="Name">Its name.</param>
[LivingSide]
public readonly record struct BuildingEntry(BuildingId Id, CompoundId Compound, CourtyardId? Courtyard, string Name);

/// <summary>An immutable picture of a <see cref="LivingCommunity"/>, units in id order.</summary>
/// <param name="Id">The living community's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Compounds">Its compounds.</param>
/// <param name="Courtyards">Its courtyards.</param>
/// <param name="Buildings">Its buildings.</param>
[LivingSide]
public sealed record LivingCommunitySnapshot(
    LivingCommunityId Id,
    string Name,
    EquatableArray<CompoundEntry> Compounds,
    EquatableArray<CourtyardEntry> Courtyards,
    EquatableArray<BuildingEntry> Buildings);
