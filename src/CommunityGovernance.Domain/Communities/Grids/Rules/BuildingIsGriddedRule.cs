using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Grids;

/// <summary>See <see cref="CommunityRules.BuildingIsGridded"/>.</summary>
internal sealed class BuildingIsGriddedRule(BuildingId building, bool placed) : IDomainRule
{
    public string Name => CommunityRules.BuildingIsGridded;

    public string Message => $"Building '{building}' lies in no grid of this map.";

    public bool IsBroken() => !placed;
}
