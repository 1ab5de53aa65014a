using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Living;

namespace Wenjiang.Scenario;

/// <summary>
/// Step 2, the living side (生活共同体社区): founds the scenario's living communities with their compounds (小区),
/// courtyards (院落) and buildings (楼栋). Nothing here names an administrative community: where a building lies is
/// the coverage register's business.
/// </summary>
[LivingSide]
internal static class LivingCommunityStep
{
    /// <summary>Founds every planned living community.</summary>
    /// <param name="plans">The plans.</param>
    /// <returns>The living communities, in plan order.</returns>
    public static IReadOnlyList<LivingCommunity> Found(IEnumerable<LivingCommunityPlan> plans) =>
        [.. plans.Select(Found)];

    private static LivingCommunity Found(LivingCommunityPlan plan)
    {
        var at = Timeline.LivingCommunitiesFounded;
        var community = LivingCommunity.Found(plan.Id, plan.Chinese, at);
        foreach (var compound in plan.Compounds)
        {
            community.AddCompound(compound.Id, compound.Name, at);
            if (compound.Courtyard is { } courtyard)
            {
                community.AddCourtyard(courtyard, compound.Id, compound.Name + "中心院落", at);
            }

            foreach (var building in compound.Buildings)
            {
                community.AddBuilding(building, compound.Id, compound.Courtyard, building.Value + "栋", at);
            }
        }

        return community;
    }
}
