using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Coverage;

/// <summary>Only a building in the register can be moved or withdrawn.</summary>
internal sealed class BuildingIsCoveredRule(BuildingId building, bool placed) : IDomainRule
{
    public string Name => CommunityRules.BuildingIsCovered;

    public string Message => $"Building '{building}' is not in this coverage register.";

    public bool IsBroken() => !placed;
}
