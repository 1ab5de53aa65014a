using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>A version of a district's community work-access list was published, in force from a day on.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="District">The district whose list it is.</param>
/// <param name="Version">The version's number, 1 for the first.</param>
/// <param name="EffectiveFrom">The first day (in China's calendar) it is in force; it stays in force until the next version's.</param>
/// <param name="Items">Every kind of work it lists, with its group.</param>
[AdministrativeSide]
public sealed record WorkAccessListPublished(Instant OccurredAt, AreaCode District, int Version, LocalDate EffectiveFrom, EquatableArray<WorkItem> Items)
    : DomainEvent(OccurredAt);
