using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>A delegated right is valid only within the delegating right's validity.</summary>
internal readonly struct DelegationNarrowsValidityRule(Interval from, Interval to) : IDomainRule
{
    public string Name => GovernanceRightRules.DelegationNarrowsValidity;

    public string Message => $"The delegated validity {to} does not lie within the delegating right's {from}.";

    public bool IsBroken() => !Validity.IsWithin(to, from);
}
