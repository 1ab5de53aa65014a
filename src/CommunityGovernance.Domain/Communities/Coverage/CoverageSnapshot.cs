using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Coverage;

/// <summary>Where one building lies: its living community and its one administrative jurisdiction.</summary>
/// <param name="Building">The building (楼栋).</param>
/// <param name="LivingCommunity">The living community it belongs to.</param>
/// <param name="Jurisdiction">The administrative community it lies in.</param>
[SanctionedCrossing("Coverage is the explicit record of how the two sides overlap; it names each side by its identifier only.")]
public readonly record struct BuildingCoverage(BuildingId Building, LivingCommunityId LivingCommunity, AdministrativeCommunityId Jurisdiction);

/// <summary>An immutable picture of a <see cref="CoverageRegister"/>.</summary>
/// <param name="Scope">The register's scope.</param>
/// <param name="Buildings">Every covered building, in building-id order.</param>
[SanctionedCrossing("Coverage is the explicit record of how the two sides overlap; it names each side by its identifier only.")]
public sealed record CoverageSnapshot(AreaCode Scope, EquatableArray<BuildingCoverage> Buildings);
