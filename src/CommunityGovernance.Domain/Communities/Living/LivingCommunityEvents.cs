using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.Living;

/// <summary>A living community (生活共同体社区) was founded, as a community of common residence.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Community">The living community's id.</param>
/// <param name="Name">Its name, e.g. 光华逸家.</param>
[LivingSide]
public sealed record LivingCommunityFounded(Instant OccurredAt, LivingCommunityId Community, string Name) : DomainEvent(OccurredAt);

/// <summary>A residential compound (小区) was added to a living community.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Compound">The compound's id.</param>
/// <param name="Name">The compound's name.</param>
[LivingSide]
public sealed record CompoundAdded(Instant OccurredAt, CompoundId Compound, string Name) : DomainEvent(OccurredAt);

/// <summary>A courtyard (院落) was added to a compound of a living community.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Courtyard">The courtyard's id.</param>
/// <param name="Compound">The compound it lies in.</param>
/// <param name="Name">The courtyard's name.</param>
[LivingSide]
public sealed record CourtyardAdded(Instant OccurredAt, CourtyardId Courtyard, CompoundId Compound, string Name) : DomainEvent(OccurredAt);

/// <summary>A building (楼栋) was added to a compound, and possibly to one of its courtyards.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Building">The building's id.</param>
/// <param name="Compound">The compound it lies in.</param>
/// <param name="Courtyard">The courtyard it belongs to, if any.</param>
/// <param name="Name">The building's name, e.g. 3栋.</param>
[LivingSide]
public sealed record BuildingAdded(Instant OccurredAt, BuildingId Building, CompoundId Compound, CourtyardId? Courtyard, string Name) : DomainEvent(OccurredAt);
