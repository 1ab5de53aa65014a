using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.Hierarchy;

/// <summary>A district or county (区/县) was taken into the administrative hierarchy.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="District">The district's 6-digit area code.</param>
/// <param name="Name">The district's name, e.g. 温江区.</param>
[AdministrativeSide]
public sealed record DistrictEstablished(Instant OccurredAt, AreaCode District, string Name) : DomainEvent(OccurredAt);

/// <summary>A street office or township (街道办事处/乡镇) was established under its district.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Street">The street's 9-digit area code.</param>
/// <param name="Name">The street's name, e.g. 柳城街道.</param>
[AdministrativeSide]
public sealed record StreetEstablished(Instant OccurredAt, AreaCode Street, string Name) : DomainEvent(OccurredAt);

/// <summary>
/// An administrative community (行政社区: the jurisdiction of a residents' or villagers' committee) was
/// established under its street.
/// </summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Community">The community's id, its 12-digit area code.</param>
/// <param name="Name">The committee's name, e.g. 和平社区居委会.</param>
[AdministrativeSide]
public sealed record AdministrativeCommunityEstablished(Instant OccurredAt, AdministrativeCommunityId Community, string Name) : DomainEvent(OccurredAt);
