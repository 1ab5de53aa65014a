using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>A delegated right confers no power the delegating right lacks.</summary>
internal readonly struct DelegationNarrowsPowersRule(GovernancePowers from, GovernancePowers to) : IDomainRule
{
    public string Name => GovernanceRightRules.DelegationNarrowsPowers;

    public string Message => $"The delegated powers {to} exceed the delegating right's {from} by {to.Except(from)}.";

    public bool IsBroken() => !to.IsSubsetOf(from);
}
