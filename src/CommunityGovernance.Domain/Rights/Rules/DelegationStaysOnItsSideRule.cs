using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>
/// A delegated right stays on the side of the right it came from: crossing between the administrative and the
/// living community needs an explicit crossing, which delegation is not.
/// </summary>
internal readonly struct DelegationStaysOnItsSideRule(CommunityUnit from, CommunityUnit to) : IDomainRule
{
    public string Name => GovernanceRightRules.DelegationStaysOnItsSide;

    public string Message => $"A right over a {from.Side} unit cannot be delegated over a {to.Side} unit.";

    public bool IsBroken() => from.Side != to.Side;
}
