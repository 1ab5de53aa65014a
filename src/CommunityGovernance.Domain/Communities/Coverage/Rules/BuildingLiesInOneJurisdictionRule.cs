using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Coverage;

/// <summary>A building lies in exactly one administrative community at a time: placing it twice is refused.</summary>
internal sealed class BuildingLiesInOneJurisdictionRule(BuildingId building, bool placed) : IDomainRule
{
    public string Name => CommunityRules.BuildingLiesInOneJurisdiction;

    public string Message => $"Building '{building}' already lies in a jurisdiction; move it instead of placing it again.";

    public bool IsBroken() => placed;
}
