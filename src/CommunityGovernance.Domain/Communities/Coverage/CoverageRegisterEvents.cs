using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.Coverage;

/// <summary>A coverage register was opened for the administrative communities within an area (usually a district).</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Scope">The area code whose administrative communities the register covers.</param>
[SanctionedCrossing("Coverage is the explicit record of how the two sides overlap; it names each side by its identifier only.")]
public sealed record CoverageRegisterOpened(Instant OccurredAt, AreaCode Scope) : DomainEvent(OccurredAt);

/// <summary>A building of a living community was placed in the jurisdiction of an administrative community.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Building">The building (楼栋).</param>
/// <param name="LivingCommunity">The living community the building belongs to.</param>
/// <param name="Jurisdiction">The administrative community whose jurisdiction it now lies in.</param>
[SanctionedCrossing("Coverage is the explicit record of how the two sides overlap; it names each side by its identifier only.")]
public sealed record BuildingPlacedInJurisdiction(Instant OccurredAt, BuildingId Building, LivingCommunityId LivingCommunity, AdministrativeCommunityId Jurisdiction) : DomainEvent(OccurredAt);

/// <summary>A building was moved from one administrative community's jurisdiction to another's (区划调整).</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Building">The building.</param>
/// <param name="LivingCommunity">The living community the building belongs to.</param>
/// <param name="From">The jurisdiction it left.</param>
/// <param name="To">The jurisdiction it now lies in.</param>
[SanctionedCrossing("Coverage is the explicit record of how the two sides overlap; it names each side by its identifier only.")]
public sealed record BuildingMovedBetweenJurisdictions(Instant OccurredAt, BuildingId Building, LivingCommunityId LivingCommunity, AdministrativeCommunityId From, AdministrativeCommunityId To) : DomainEvent(OccurredAt);

/// <summary>A building left the register (demolished, or handed to another register's scope).</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Building">The building.</param>
/// <param name="LivingCommunity">The living community the building belonged to.</param>
/// <param name="From">The jurisdiction it lay in.</param>
[SanctionedCrossing("Coverage is the explicit record of how the two sides overlap; it names each side by its identifier only.")]
public sealed record BuildingWithdrawnFromCoverage(Instant OccurredAt, BuildingId Building, LivingCommunityId LivingCommunity, AdministrativeCommunityId From) : DomainEvent(OccurredAt);
