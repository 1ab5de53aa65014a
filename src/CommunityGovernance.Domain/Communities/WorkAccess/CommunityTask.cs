using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>
/// A task set on an administrative community's residents' committee (社区工作任务), checked against the district's
/// work-access list in force that day: listed work passes, negative-list work is refused outright, and unlisted work
/// reaches the committee only through the street office, which records that it coordinated it (the 块 integrating the
/// 条). The committee may decline unlisted work, and the record says so.
/// </summary>
[AdministrativeSide]
public sealed class CommunityTask : AggregateRoot, IEventSourced<CommunityTask>
{
    private CommunityTask()
    {
    }

    /// <summary>The task's id.</summary>
    public CommunityTaskId Id { get; private set; }

    /// <summary>Who set it.</summary>
    public ActorId Issuer { get; private set; }

    /// <summary>What kind of actor set it (a vertical department, the street office…).</summary>
    public ActorKind IssuerKind { get; private set; }

    /// <summary>The administrative community whose committee it is set on.</summary>
    public AdministrativeCommunityId Community { get; private set; }

    /// <summary>The kind of work.</summary>
    public WorkItemCode Kind { get; private set; }

    /// <summary>What it asks.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>The version of the work-access list it was checked against (0 when none was in force).</summary>
    public int ListVersion { get; private set; }

    /// <summary>The kind's group on that list; <see langword="null"/> when unlisted.</summary>
    public WorkItemGroup? Group { get; private set; }

    /// <summary>The street office that coordinated it, for unlisted work.</summary>
    public ActorId? CoordinatedBy { get; private set; }

    /// <summary>Where it stands.</summary>
    public CommunityTaskStatus Status { get; private set; }

    /// <summary>Why the committee declined it, once declined.</summary>
    public string? DeclineReason { get; private set; }

    /// <summary>
    /// Sets a task on a residents' committee. Listed work passes; negative-list work is refused; unlisted work needs a
    /// coordinating street office that holds task-setting over the community at that instant (the issuer itself, when the
    /// street office sets it).
    /// </summary>
    /// <param name="id">The task's id.</param>
    /// <param name="issuer">Who sets it, read for its kind and side.</param>
    /// <param name="community">The administrative community whose committee it is set on.</param>
    /// <param name="kind">The kind of work.</param>
    /// <param name="description">What it asks.</param>
    /// <param name="list">The district's work-access list, read for the group of <paramref name="kind"/> on that day.</param>
    /// <param name="coordinatedBy">For unlisted work set by a department, the street office coordinating it; otherwise <see langword="null"/>.</param>
    /// <param name="rights">The governance rights, read to check the coordinating street office's power.</param>
    /// <param name="directory">What exists: the community must be established at <paramref name="at"/>.</param>
    /// <param name="at">When; its day in <see cref="WorkAccessList.Calendar"/> picks the list's version.</param>
    /// <returns>The task, with its <see cref="CommunityTaskSet"/> event pending.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// The issuer is not on the administrative side (<see cref="CommunityRules.TaskIsSetByAdministrativeActor"/>), the
    /// community lies outside the list's district (<see cref="CommunityRules.JurisdictionLiesInScope"/>), the work is on the
    /// negative list (<see cref="CommunityRules.TaskIsNotOnNegativeList"/>), unlisted work has no coordinating street office
    /// holding task-setting there (<see cref="CommunityRules.UnlistedTaskIsCoordinatedByStreet"/>), or an id, input or the
    /// description is missing.
    /// </exception>
    public static CommunityTask Set(
        CommunityTaskId id,
        Actor issuer,
        AdministrativeCommunityId community,
        WorkItemCode kind,
        string description,
        WorkAccessList list,
        Actor? coordinatedBy,
        IGovernanceRightsQuery rights,
        ICommunityDirectory directory,
        Instant at)
    {
        Guard.Against.MissingId(id);
        Guard.Against.MissingValue(issuer);
        Guard.Against.MissingId(community);
        Guard.Against.MissingId(kind);
        var trimmed = Guard.Against.MissingText(description, maxLength: 2000);
        Guard.Against.MissingValue(list);
        Guard.Against.MissingValue(rights);
        CheckRule(new TaskIsSetByAdministrativeActorRule(issuer));
        CheckRule(new Coverage.JurisdictionLiesInScopeRule(list.District, community));
        Guard.Against.MissingValue(directory);
        CheckRule(new UnitIsEstablishedRule(directory, CommunityUnit.Administrative(community), "the task's community", at));
        var day = at.InZone(WorkAccessList.Calendar).Date;
        var (version, group) = (list.VersionOn(day), list.GroupOn(kind, day));
        CheckRule(new TaskIsNotOnNegativeListRule(kind, group, version));
        var coordinator = group is null && issuer.Kind == ActorKind.StreetOffice ? issuer : coordinatedBy;
        CheckRule(new UnlistedTaskIsCoordinatedByStreetRule(kind, group, community, coordinator, rights, at));
        var task = new CommunityTask();
        task.RaiseEvent(new CommunityTaskSet(at, id, issuer.Id, issuer.Kind, community, kind, trimmed, version, group, group is null ? coordinator!.Id : null));
        return task;
    }

    /// <inheritdoc />
    public static string StreamKind => "community-task";

    /// <inheritdoc />
    public StreamName<CommunityTask> Stream => StreamOf(Id);

    /// <summary>The stream of the task with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The stream's name, <c>community-task/…</c>.</returns>
    public static StreamName<CommunityTask> StreamOf(CommunityTaskId id) => StreamName.For<CommunityTask>(id.Value);

    /// <summary>Rebuilds a task from its events.</summary>
    /// <param name="history">Its events, starting with <see cref="CommunityTaskSet"/>.</param>
    /// <returns>The task, equal in state to the one that raised the events.</returns>
    /// <exception cref="DomainRuleViolationException">The history does not start with the setting or holds a foreign event.</exception>
    public static CommunityTask FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<CommunityTask, CommunityTaskSet>(new CommunityTask(), history);

    /// <summary>The residents' committee takes the task on.</summary>
    /// <param name="by">The residents' committee.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">The committee is missing, or the task was already answered (<see cref="CommunityRules.CommunityTaskIsAnsweredOnce"/>).</exception>
    public void Accept(ActorId by, Instant at)
    {
        Guard.Against.MissingId(by);
        CheckRule(new CommunityTaskIsAnsweredOnceRule(Id, Status));
        RaiseEvent(new CommunityTaskAccepted(at, Id, by));
    }

    /// <summary>The residents' committee declines unlisted work, giving its reason.</summary>
    /// <param name="by">The residents' committee.</param>
    /// <param name="reason">Why.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The work is listed (<see cref="CommunityRules.OnlyUnlistedTaskIsDeclined"/>), the task was already answered, the
    /// committee is missing or the reason is blank.
    /// </exception>
    public void Decline(ActorId by, string reason, Instant at)
    {
        Guard.Against.MissingId(by);
        CheckRule(new CommunityTaskIsAnsweredOnceRule(Id, Status));
        CheckRule(new OnlyUnlistedTaskIsDeclinedRule(Id, Group));
        var trimmed = Guard.Against.MissingText(reason, maxLength: 2000);
        RaiseEvent(new CommunityTaskDeclined(at, Id, by, trimmed));
    }

    /// <summary>An immutable picture of the task.</summary>
    /// <returns>The snapshot.</returns>
    public CommunityTaskSnapshot ToSnapshot() =>
        new(Id, Issuer, IssuerKind, Community, Kind, Description, ListVersion, Group, CoordinatedBy, Status, DeclineReason);

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case CommunityTaskSet e:
                (Id, Issuer, IssuerKind, Community, Kind, Description) = (e.Task, e.Issuer, e.IssuerKind, e.Community, e.Kind, e.Description);
                (ListVersion, Group, CoordinatedBy, Status) = (e.ListVersion, e.Group, e.CoordinatedBy, CommunityTaskStatus.Set);
                break;
            case CommunityTaskAccepted:
                Status = CommunityTaskStatus.Accepted;
                break;
            case CommunityTaskDeclined e:
                (Status, DeclineReason) = (CommunityTaskStatus.Declined, e.Reason);
                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }
    }
}
