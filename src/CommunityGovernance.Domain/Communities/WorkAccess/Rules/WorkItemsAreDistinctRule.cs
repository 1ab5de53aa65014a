using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>See <see cref="CommunityRules.WorkItemsAreDistinct"/>.</summary>
internal readonly struct WorkItemsAreDistinctRule(IReadOnlyList<WorkItem> items) : IDomainRule
{
    public string Name => CommunityRules.WorkItemsAreDistinct;

    public string Message => $"A work-access list names each kind of work once and in one group; listed more than once: {string.Join(", ", Repeated)}.";

    private IEnumerable<WorkItemCode> Repeated => items.GroupBy(i => i.Code).Where(g => g.Count() > 1).Select(g => g.Key);

    public bool IsBroken() => Repeated.Any();
}
