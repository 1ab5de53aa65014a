using CommunityGovernance.Boundaries;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;

namespace CommunityGovernance.Communities.WorkAccess.ReadModels;

/// <summary>
/// The work set on residents' committees against the district's work-access list, kept current from the feed: per
/// community, and rolled up per street and district, the tasks by list group, the unlisted ones the street office
/// coordinated, and the ones the committees declined; and the tasks themselves, paged.
/// </summary>
/// <remarks>Thread-safe: the runner applies events while requests read; each read sees whole events.</remarks>
[AdministrativeSide]
public sealed class CommunityTasksView : InMemoryProjection
{
    private readonly Lock _gate = new();
    private readonly FoldedAggregates<CommunityTask> _tasks = new();

    /// <summary>Creates an empty view.</summary>
    /// <param name="name">The projection's name; <c>community-tasks</c> unless told.</param>
    public CommunityTasksView(string name = "community-tasks")
        : base(name)
    {
    }

    /// <summary>The counts per administrative community that has any task.</summary>
    /// <returns>The counts, by community.</returns>
    public IReadOnlyDictionary<AdministrativeCommunityId, CommunityTaskCounts> ByCommunity() => Counts(t => t.Community);

    /// <summary>The counts per street (街道), each task once under the street of its community.</summary>
    /// <returns>The counts, by street code.</returns>
    public IReadOnlyDictionary<AreaCode, CommunityTaskCounts> ByStreet() => Counts(t => t.Community.StreetCode);

    /// <summary>The counts of every task set in the communities within a unit.</summary>
    /// <param name="unit">A district, street or community.</param>
    /// <returns>The counts.</returns>
    public CommunityTaskCounts For(AreaCode unit)
    {
        lock (_gate)
        {
            return _tasks.All.Select(t => t.ToSnapshot()).Where(t => t.Community.AreaCode.IsWithin(unit)).Aggregate(CommunityTaskCounts.None, (c, t) => c.With(t));
        }
    }

    /// <summary>One page of the tasks, in id order.</summary>
    /// <param name="within">Only tasks on the committees of communities within this unit; all unless given.</param>
    /// <param name="group">Only tasks of kinds in this group; all unless given.</param>
    /// <param name="unlisted">Only unlisted (<see langword="true"/>) or only listed tasks; all unless given.</param>
    /// <param name="status">Only tasks in this status; all unless given.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="size">The page size, 1 to <see cref="Page{T}.MaxSize"/>.</param>
    /// <returns>The page.</returns>
    public Page<CommunityTaskSnapshot> Tasks(AreaCode? within = null, WorkItemGroup? group = null, bool? unlisted = null, CommunityTaskStatus? status = null, int page = 1, int size = 20)
    {
        lock (_gate)
        {
            return Page<CommunityTaskSnapshot>.Of(
                _tasks.All
                    .Select(t => t.ToSnapshot())
                    .Where(t => within is not { } unit || t.Community.AreaCode.IsWithin(unit))
                    .Where(t => group is not { } g || t.Group == g)
                    .Where(t => unlisted is not { } u || (t.Group is null) == u)
                    .Where(t => status is not { } s || t.Status == s)
                    .OrderBy(t => t.Id.Value, StringComparer.Ordinal),
                page,
                size);
        }
    }

    /// <inheritdoc />
    protected override void When(RecordedEvent recorded)
    {
        lock (_gate)
        {
            _tasks.TryAdd(recorded);
        }
    }

    private Dictionary<TKey, CommunityTaskCounts> Counts<TKey>(Func<CommunityTaskSnapshot, TKey> key)
        where TKey : notnull
    {
        lock (_gate)
        {
            return _tasks.All.Select(t => t.ToSnapshot())
                .GroupBy(key)
                .ToDictionary(g => g.Key, g => g.Aggregate(CommunityTaskCounts.None, (c, t) => c.With(t)));
        }
    }
}
