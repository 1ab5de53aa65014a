using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Grids;

/// <summary>See <see cref="CommunityRules.BuildingLiesInGridCommunity"/>.</summary>
internal sealed class BuildingLiesInGridCommunityRule(BuildingId building, AdministrativeCommunityId community, CoverageRegister coverage) : IDomainRule
{
    public string Name => CommunityRules.BuildingLiesInGridCommunity;

    public string Message => coverage.TryGetJurisdiction(building, out var elsewhere)
        ? $"Building '{building}' lies in administrative community {elsewhere}, not in {community}: grid it on that community's map."
        : $"Building '{building}' is in no jurisdiction of the coverage register; place it in {community} first.";

    public bool IsBroken() => !coverage.TryGetJurisdiction(building, out var jurisdiction) || jurisdiction != community;
}
