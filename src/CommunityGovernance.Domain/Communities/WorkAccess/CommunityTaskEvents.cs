using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>
/// A task was set on an administrative community's residents' committee, checked against the district's work-access
/// list in force that day.
/// </summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Task">The task's id.</param>
/// <param name="Issuer">Who set it: a vertical department (条) or the street office (块).</param>
/// <param name="IssuerKind">What kind of actor the issuer is.</param>
/// <param name="Community">The administrative community whose committee it is set on.</param>
/// <param name="Kind">The kind of work.</param>
/// <param name="Description">What it asks.</param>
/// <param name="ListVersion">The version of the work-access list it was checked against.</param>
/// <param name="Group">The kind's group on that list; <see langword="null"/> when it is not listed.</param>
/// <param name="CoordinatedBy">For an unlisted kind, the street office that coordinated it (the 块 integrating the 条).</param>
[AdministrativeSide]
public sealed record CommunityTaskSet(
    Instant OccurredAt,
    CommunityTaskId Task,
    ActorId Issuer,
    ActorKind IssuerKind,
    AdministrativeCommunityId Community,
    WorkItemCode Kind,
    string Description,
    int ListVersion,
    WorkItemGroup? Group,
    ActorId? CoordinatedBy) : DomainEvent(OccurredAt);

/// <summary>The residents' committee took the task on.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Task">The task's id.</param>
/// <param name="By">The residents' committee.</param>
[AdministrativeSide]
public sealed record CommunityTaskAccepted(Instant OccurredAt, CommunityTaskId Task, ActorId By) : DomainEvent(OccurredAt);

/// <summary>The residents' committee declined an unlisted task, giving its reason.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Task">The task's id.</param>
/// <param name="By">The residents' committee.</param>
/// <param name="Reason">Why.</param>
[AdministrativeSide]
public sealed record CommunityTaskDeclined(Instant OccurredAt, CommunityTaskId Task, ActorId By, string Reason) : DomainEvent(OccurredAt);
