using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Grids;

/// <summary>See <see cref="CommunityRules.BuildingLiesInOneGrid"/>.</summary>
internal sealed class BuildingLiesInOneGridRule(BuildingId building, bool placed) : IDomainRule
{
    public string Name => CommunityRules.BuildingLiesInOneGrid;

    public string Message => $"Building '{building}' already lies in a grid; move it instead of placing it again.";

    public bool IsBroken() => placed;
}
