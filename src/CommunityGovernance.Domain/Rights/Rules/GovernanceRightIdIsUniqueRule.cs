using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>No two rights of a tree share an id.</summary>
internal readonly struct GovernanceRightIdIsUniqueRule(GovernanceRightId id, bool taken) : IDomainRule
{
    public string Name => GovernanceRightRules.GovernanceRightIdIsUnique;

    public string Message => $"The tree already holds a right '{id}'.";

    public bool IsBroken() => taken;
}
