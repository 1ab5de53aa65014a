using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>See <see cref="CommunityRules.OnlyUnlistedTaskIsDeclined"/>.</summary>
internal readonly struct OnlyUnlistedTaskIsDeclinedRule(CommunityTaskId task, WorkItemGroup? group) : IDomainRule
{
    public string Name => CommunityRules.OnlyUnlistedTaskIsDeclined;

    public string Message => $"Task '{task}' is {group} work on the district's list: the residents' committee takes it on; only unlisted work may be declined.";

    public bool IsBroken() => group is not null;
}
