using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>An immutable picture of a task set on a residents' committee, for comparison and display.</summary>
/// <param name="Id">The task's id.</param>
/// <param name="Issuer">Who set it.</param>
/// <param name="IssuerKind">What kind of actor set it.</param>
/// <param name="Community">The administrative community whose committee it is set on.</param>
/// <param name="Kind">The kind of work.</param>
/// <param name="Description">What it asks.</param>
/// <param name="ListVersion">The work-access list's version it was checked against.</param>
/// <param name="Group">The kind's group on that list, or <see langword="null"/> when unlisted.</param>
/// <param name="CoordinatedBy">The street office that coordinated unlisted work.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="DeclineReason">Why it was declined, once declined.</param>
[AdministrativeSide]
public sealed record CommunityTaskSnapshot(
    CommunityTaskId Id,
    ActorId Issuer,
    ActorKind IssuerKind,
    AdministrativeCommunityId Community,
    WorkItemCode Kind,
    string Description,
    int ListVersion,
    WorkItemGroup? Group,
    ActorId? CoordinatedBy,
    CommunityTaskStatus Status,
    string? DeclineReason);
