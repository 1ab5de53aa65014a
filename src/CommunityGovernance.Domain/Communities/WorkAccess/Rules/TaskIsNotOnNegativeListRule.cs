using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>See <see cref="CommunityRules.TaskIsNotOnNegativeList"/>.</summary>
internal readonly struct TaskIsNotOnNegativeListRule(WorkItemCode kind, WorkItemGroup? group, int version) : IDomainRule
{
    public string Name => CommunityRules.TaskIsNotOnNegativeList;

    public string Message => $"Work of kind '{kind}' is on the negative list of version {version} of the district's work-access list: it may not be set on a residents' committee.";

    public bool IsBroken() => group == WorkItemGroup.NegativeList;
}
