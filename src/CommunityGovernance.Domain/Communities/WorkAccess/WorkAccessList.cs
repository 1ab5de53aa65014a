using Ardalis.GuardClauses;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>
/// A district's community work-access list (社区工作事项准入清单): which kinds of work may be set on its residents'
/// committees — their duties by law, the work they assist the government with — and the negative list of work that
/// may not be pushed onto them at all. The list is versioned; each version is in force from its day until the next's.
/// </summary>
/// <remarks>
/// It answers the grassroots' structural hole from above: the vertical departments (条) may set listed work directly,
/// unlisted work only through the street office (块), which records that it coordinated it, and negative-list work
/// never (<see cref="CommunityTask"/>). Days are China's calendar days (Asia/Shanghai).
/// </remarks>
[AdministrativeSide]
public sealed class WorkAccessList : AggregateRoot, IEventSourced<WorkAccessList>
{
    private readonly List<WorkAccessListPublished> _versions = [];

    private WorkAccessList()
    {
    }

    /// <summary>The calendar the lists' days are in: China's (Asia/Shanghai).</summary>
    public static DateTimeZone Calendar { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>The district whose list it is.</summary>
    public AreaCode District { get; private set; }

    /// <summary>The number of versions published.</summary>
    public int VersionCount => _versions.Count;

    /// <summary>Publishes the first version of a district's list.</summary>
    /// <param name="district">The district's code.</param>
    /// <param name="effectiveFrom">The first day it is in force.</param>
    /// <param name="items">The kinds of work it lists, each in its group.</param>
    /// <param name="directory">What exists: the district must be established at <paramref name="at"/>.</param>
    /// <param name="at">When.</param>
    /// <returns>The list, with its <see cref="WorkAccessListPublished"/> event pending.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// The code is not a district's (<see cref="CommunityRules.DistrictCodeIsDistrictLevel"/>), a kind is listed twice
    /// (<see cref="CommunityRules.WorkItemsAreDistinct"/>), or an item is incomplete.
    /// </exception>
    public static WorkAccessList Publish(AreaCode district, LocalDate effectiveFrom, IEnumerable<WorkItem> items, ICommunityDirectory directory, Instant at)
    {
        CheckRule(new DistrictCodeIsDistrictLevelRule(district));
        Guard.Against.MissingValue(directory);
        CheckRule(new UnitIsEstablishedRule(directory, CommunityUnit.Administrative(district), "the list's district", at));
        var list = new WorkAccessList();
        list.RaiseEvent(new WorkAccessListPublished(at, district, 1, effectiveFrom, Checked(items)));
        return list;
    }

    /// <inheritdoc />
    public static string StreamKind => "work-access-list";

    /// <inheritdoc />
    public StreamName<WorkAccessList> Stream => StreamOf(District);

    /// <summary>The stream of the work-access list of district <paramref name="district"/>.</summary>
    /// <param name="district">The district's code.</param>
    /// <returns>The stream's name, <c>work-access-list/…</c>.</returns>
    public static StreamName<WorkAccessList> StreamOf(AreaCode district) => StreamName.For<WorkAccessList>(district.ToString());

    /// <summary>Rebuilds a list from its events.</summary>
    /// <param name="history">Its events, starting with its first <see cref="WorkAccessListPublished"/>.</param>
    /// <returns>The list, equal in state to the one that raised the events.</returns>
    /// <exception cref="DomainRuleViolationException">The history does not start with a publication or holds a foreign event.</exception>
    public static WorkAccessList FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<WorkAccessList, WorkAccessListPublished>(new WorkAccessList(), history);

    /// <summary>Publishes a revised version, in force from a later day than the current last one.</summary>
    /// <param name="effectiveFrom">The first day it is in force.</param>
    /// <param name="items">The kinds of work it lists, each in its group; the whole list, not a difference.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The day is not after the last version's (<see cref="CommunityRules.AccessListVersionsFollowEachOther"/>), a kind is
    /// listed twice (<see cref="CommunityRules.WorkItemsAreDistinct"/>), or an item is incomplete.
    /// </exception>
    public void Revise(LocalDate effectiveFrom, IEnumerable<WorkItem> items, Instant at)
    {
        CheckRule(new AccessListVersionsFollowEachOtherRule(_versions[^1].EffectiveFrom, effectiveFrom));
        RaiseEvent(new WorkAccessListPublished(at, District, _versions.Count + 1, effectiveFrom, Checked(items)));
    }

    /// <summary>The version in force on <paramref name="day"/>: the last whose first day is on or before it; 0 before the first.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The version's number.</returns>
    public int VersionOn(LocalDate day)
    {
        for (var i = _versions.Count - 1; i >= 0; i--)
        {
            if (_versions[i].EffectiveFrom <= day)
            {
                return _versions[i].Version;
            }
        }

        return 0;
    }

    /// <summary>The group <paramref name="kind"/> is listed in on <paramref name="day"/>.</summary>
    /// <param name="kind">The kind of work.</param>
    /// <param name="day">The day.</param>
    /// <returns>The group, or <see langword="null"/> when the version in force does not list it (or none is in force yet).</returns>
    public WorkItemGroup? GroupOn(WorkItemCode kind, LocalDate day)
    {
        var version = VersionOn(day);
        return version == 0 ? null : _versions[version - 1].Items.FirstOrDefault(i => i.Code == kind)?.Group;
    }

    /// <summary>The items of a version.</summary>
    /// <param name="version">The version's number, from 1.</param>
    /// <returns>Its items, in the order published.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such version.</exception>
    public IReadOnlyList<WorkItem> ItemsOf(int version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(version, _versions.Count);
        return _versions[version - 1].Items;
    }

    /// <summary>The first day a version is in force.</summary>
    /// <param name="version">The version's number, from 1.</param>
    /// <returns>The day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such version.</exception>
    public LocalDate EffectiveFrom(int version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(version, _versions.Count);
        return _versions[version - 1].EffectiveFrom;
    }

    /// <summary>An immutable picture of the list.</summary>
    /// <returns>The snapshot, versions in order.</returns>
    public WorkAccessListSnapshot ToSnapshot() => new(District, new EquatableArray<WorkAccessListPublished>(_versions));

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case WorkAccessListPublished e:
                CheckRule(HistoryBelongsToAggregateRule.InSequence(typeof(WorkAccessList), e, e.Version, _versions.Count + 1));
                District = e.District;
                _versions.Add(e);
                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }
    }

    private static EquatableArray<WorkItem> Checked(IEnumerable<WorkItem> items)
    {
        Guard.Against.MissingValue(items);
        var list = items.ToList();
        foreach (var item in list)
        {
            Guard.Against.MissingValue(item);
            Guard.Against.MissingId(item.Code);
            Guard.Against.MissingText(item.Name, maxLength: 200);
            CheckRule(new WorkItemGroupIsKnownRule(item));
        }

        CheckRule(new WorkItemsAreDistinctRule(list));
        return new EquatableArray<WorkItem>(list.Select(i => i with { Name = i.Name.Trim() }));
    }
}
