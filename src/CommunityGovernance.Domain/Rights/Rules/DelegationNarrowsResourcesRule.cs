using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>A delegated right allocates no more of any resource than the delegating right may.</summary>
internal readonly struct DelegationNarrowsResourcesRule(ResourceAllowance from, ResourceAllowance to) : IDomainRule
{
    public string Name => GovernanceRightRules.DelegationNarrowsResources;

    public string Message => $"The delegated resources ({to}) exceed the delegating right's ({from}).";

    public bool IsBroken() => !to.IsWithin(from);
}
