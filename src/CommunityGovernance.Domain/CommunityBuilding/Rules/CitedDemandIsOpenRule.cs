using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.CitedDemandIsOpen"/>.</summary>
internal sealed class CitedDemandIsOpenRule(DemandId demand, DemandStatus status) : IDomainRule
{
    public string Name => CommunityBuildingRules.CitedDemandIsOpen;

    public string Message => $"Demand '{demand}' is {status}; a proposal answers open demands only.";

    public bool IsBroken() => DemandLifecycle.IsFinal(status);
}
