using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands;

internal sealed class DemandEscalationStopsAtDistrictRule(int escalations) : IDomainRule
{
    public string Name => DemandRules.EscalationStopsAtDistrict;

    public string Message => "The demand is already supervised by the district; it is escalated no further.";

    public bool IsBroken() => escalations >= 2;
}
