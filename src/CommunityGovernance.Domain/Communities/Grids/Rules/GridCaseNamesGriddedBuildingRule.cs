using CommunityGovernance.Communities.Living;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Grids;

/// <summary>See <see cref="CommunityRules.GridCaseNamesGriddedBuilding"/>.</summary>
internal sealed class GridCaseNamesGriddedBuildingRule(Demand demand, AdministrativeCommunityId community, bool gridded) : IDomainRule
{
    public string Name => CommunityRules.GridCaseNamesGriddedBuilding;

    public string Message => demand.Intake?.Location?.Building is { } building
        ? $"Building '{building}' of demand '{demand.Id}' lies in no grid of {community}'s map."
        : $"Demand '{demand.Id}' names no building in its location, so no grid can be found for it.";

    public bool IsBroken() => demand.Intake?.Location?.Building is not BuildingId || !gridded;
}
