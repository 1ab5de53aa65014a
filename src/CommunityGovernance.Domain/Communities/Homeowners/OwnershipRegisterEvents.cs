using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>The ownership register (业主名册, 专有部分登记) of a living community was opened, naming its developer.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Community">The living community.</param>
/// <param name="Developer">The developer (建设单位) that holds every unit until it delivers it.</param>
[LivingSide]
public sealed record OwnershipRegisterOpened(Instant OccurredAt, LivingCommunityId Community, ActorId Developer) : DomainEvent(OccurredAt);

/// <summary>An exclusive unit (专有部分) was entered in the register with its floor area, held by the developer.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Community">The living community.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Building">The building it lies in.</param>
/// <param name="Area">Its floor area.</param>
[LivingSide]
public sealed record ExclusiveUnitRegistered(Instant OccurredAt, LivingCommunityId Community, ExclusiveUnitId Unit, BuildingId Building, FloorArea Area) : DomainEvent(OccurredAt);

/// <summary>The floor area of an exclusive unit was corrected, e.g. when the real-estate register replaced the surveyed area.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Community">The living community.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Area">Its floor area now.</param>
[LivingSide]
public sealed record ExclusiveUnitAreaCorrected(Instant OccurredAt, LivingCommunityId Community, ExclusiveUnitId Unit, FloorArea Area) : DomainEvent(OccurredAt);

/// <summary>The developer delivered an exclusive unit (交付) to its first owner; the owner's name is personal data.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Community">The living community.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Owner">The owner, as an actor.</param>
/// <param name="OwnerName">The owner's name. Personal data.</param>
[LivingSide]
public sealed record ExclusiveUnitDelivered(
    Instant OccurredAt,
    LivingCommunityId Community,
    ExclusiveUnitId Unit,
    [property: DataSubject] ActorId Owner,
    [property: PersonalData] PersonName OwnerName) : DomainEvent(OccurredAt);

/// <summary>A delivered exclusive unit passed to another owner (转让); the new owner's name is personal data.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Community">The living community.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Owner">The new owner, as an actor.</param>
/// <param name="OwnerName">The new owner's name. Personal data.</param>
[LivingSide]
public sealed record ExclusiveUnitTransferred(
    Instant OccurredAt,
    LivingCommunityId Community,
    ExclusiveUnitId Unit,
    [property: DataSubject] ActorId Owner,
    [property: PersonalData] PersonName OwnerName) : DomainEvent(OccurredAt);
