using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>A delegated right's scope lies within the delegating right's scope.</summary>
internal readonly struct DelegationNarrowsScopeRule(RightTerms from, RightTerms to) : IDomainRule
{
    public string Name => GovernanceRightRules.DelegationNarrowsScope;

    public string Message => $"The delegated scope ({to.Scope}) does not lie within the delegating scope ({from.Scope}).";

    public bool IsBroken() => !from.Covers(to.Scope);
}
