using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>A right born of resource integration confers resource allocation (资源调配): integrated resources are there to be allocated.</summary>
internal readonly struct IntegratedRightAllocatesResourcesRule(GovernancePowers powers) : IDomainRule
{
    public string Name => GovernanceRightRules.IntegratedRightAllocatesResources;

    public string Message => $"A right born of resource integration confers resource allocation, but {powers} does not.";

    public bool IsBroken() => !powers.Contains(GovernancePower.ResourceAllocation);
}
