using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>See <see cref="CommunityRules.WorkItemGroupIsKnown"/>.</summary>
internal readonly struct WorkItemGroupIsKnownRule(WorkItem item) : IDomainRule
{
    public string Name => CommunityRules.WorkItemGroupIsKnown;

    public string Message => $"Work item '{item.Code}' is listed in group {(int)item.Group}, which is none of the list's three groups.";

    public bool IsBroken() => !Enum.IsDefined(item.Group);
}
