using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>A command names a right that the tree holds.</summary>
internal readonly struct GovernanceRightIsKnownRule(GovernanceRightId tree, GovernanceRightId id, bool held) : IDomainRule
{
    public string Name => GovernanceRightRules.GovernanceRightIsKnown;

    public string Message => $"The tree '{tree}' holds no right '{id}'.";

    public bool IsBroken() => !held;
}
