using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>Delegation (放权) goes downward only: the delegated scope is not at a higher level than the delegating one.</summary>
internal readonly struct DelegationGoesDownwardRule(CommunityUnit from, CommunityUnit to) : IDomainRule
{
    public string Name => GovernanceRightRules.DelegationGoesDownward;

    public string Message => $"A right over a {from.AreaCode.Level} unit cannot be delegated up to a {to.AreaCode.Level} unit.";

    public bool IsBroken() => from.IsAdministrative && to.IsAdministrative && to.AreaCode.Level < from.AreaCode.Level;
}
