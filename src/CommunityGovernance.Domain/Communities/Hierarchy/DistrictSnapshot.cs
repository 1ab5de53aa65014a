using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Hierarchy;

/// <summary>A street or administrative community of a district, with its name.</summary>
/// <param name="Code">The unit's area code.</param>
/// <param name="Name">The unit's name.</param>
[AdministrativeSide]
public readonly record struct AdministrativeUnitEntry(AreaCode Code, string Name);

/// <summary>An immutable picture of a <see cref="District"/>; two snapshots are equal when the hierarchies are.</summary>
/// <param name="Code">The district's code.</param>
/// <param name="Name">The district's name.</param>
/// <param name="Streets">The streets and townships, in code order.</param>
/// <param name="Communities">The administrative communities, in code order.</param>
[AdministrativeSide]
public sealed record DistrictSnapshot(
    AreaCode Code,
    string Name,
    EquatableArray<AdministrativeUnitEntry> Streets,
    EquatableArray<AdministrativeUnitEntry> Communities);
