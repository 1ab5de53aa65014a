using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Actors;

/// <summary>An organisation (any actor kind but <see cref="ActorKind.Resident"/>) was registered.</summary>
/// <param name="Actor">The new actor.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Name">The organisation's name, e.g. 柳城街道办事处; not personal data.</param>
/// <param name="OccurredAt">When it was registered.</param>
public sealed record OrganisationRegistered(ActorId Actor, ActorKind Kind, string Name, Instant OccurredAt) : DomainEvent(OccurredAt);

/// <summary>A resident (居民) was registered with their particulars; the personal data is redacted from <see cref="DomainEvent.ToString"/>.</summary>
/// <param name="Actor">The new actor.</param>
/// <param name="Name">The resident's name. Personal data.</param>
/// <param name="IdentityNumber">The resident identity number. Personal data.</param>
/// <param name="Phone">The phone number, when given. Personal data.</param>
/// <param name="RegisteredResidence">The registered residence (户籍所在地).</param>
/// <param name="ActualResidence">The actual residence (实际居住地).</param>
/// <param name="OccurredAt">When the resident was registered.</param>
[LivingSide]
public sealed record ResidentRegistered(
    [property: DataSubject] ActorId Actor,
    [property: PersonalData] PersonName Name,
    [property: PersonalData] ResidentIdentityNumber IdentityNumber,
    [property: PersonalData] PhoneNumber? Phone,
    AreaCode RegisteredResidence,
    Residence ActualResidence,
    Instant OccurredAt) : DomainEvent(OccurredAt);

/// <summary>A resident moved to another actual residence.</summary>
/// <param name="Actor">The resident.</param>
/// <param name="ActualResidence">The new actual residence.</param>
/// <param name="OccurredAt">When the move was recorded.</param>
[LivingSide]
public sealed record ResidenceMoved(ActorId Actor, Residence ActualResidence, Instant OccurredAt) : DomainEvent(OccurredAt);

/// <summary>An actor took on a responsibility (责).</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Responsibility">The category and unit now the actor's.</param>
/// <param name="OccurredAt">When it was assigned.</param>
public sealed record ResponsibilityAssigned(ActorId Actor, Responsibility Responsibility, Instant OccurredAt) : DomainEvent(OccurredAt);

/// <summary>An actor gave up a responsibility.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Responsibility">The category and unit no longer the actor's.</param>
/// <param name="OccurredAt">When it was withdrawn.</param>
public sealed record ResponsibilityWithdrawn(ActorId Actor, Responsibility Responsibility, Instant OccurredAt) : DomainEvent(OccurredAt);

/// <summary>An actor declared an interest (利) in a demand category: demands of that category concern it.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Category">The category.</param>
/// <param name="OccurredAt">When it was declared.</param>
public sealed record InterestDeclared(ActorId Actor, DemandCategory Category, Instant OccurredAt) : DomainEvent(OccurredAt);

/// <summary>An actor began to hold a post in an organisation.</summary>
/// <param name="Actor">The member.</param>
/// <param name="Organisation">The organisation.</param>
/// <param name="Post">The post.</param>
/// <param name="From">The first day it is held.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record MembershipBegan(ActorId Actor, ActorId Organisation, Post Post, LocalDate From, Instant OccurredAt) : DomainEvent(OccurredAt);

/// <summary>An actor's post in an organisation ended.</summary>
/// <param name="Actor">The member.</param>
/// <param name="Organisation">The organisation.</param>
/// <param name="Post">The post.</param>
/// <param name="Until">The last day it was held.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record MembershipEnded(ActorId Actor, ActorId Organisation, Post Post, LocalDate Until, Instant OccurredAt) : DomainEvent(OccurredAt);
