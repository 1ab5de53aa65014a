using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Rights;

namespace Wenjiang.Scenario;

/// <summary>
/// Step 4, the bureaucratic hierarchy (科层): the district grants its governance rights (治理权) and delegates them
/// level by level, district → street → community, for every unit. Each level holds less than the one above: the
/// community, the last level, keeps only task setting and time scheduling, and no resources of its own.
/// </summary>
[AdministrativeSide]
internal static class RightsStep
{
    /// <summary>What a street office may do in its street: all four powers.</summary>
    public static GovernancePowers StreetPowers => GovernancePowers.All;

    /// <summary>What a residents' committee may do in its community: task setting (任务设定) and time scheduling (时间安排).</summary>
    public static GovernancePowers CommunityPowers { get; } = GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.TimeScheduling);

    /// <summary>The district's own allowance: 60 million yuan, 200,000 m² of venues, 500,000 service hours.</summary>
    public static ResourceAllowance DistrictResources { get; } = new(funds: 60_000_000, venues: 200_000, services: 500_000, volunteers: 0);

    /// <summary>Each street's allowance: 3 million yuan, 10,000 m² of venues, 20,000 service hours.</summary>
    public static ResourceAllowance StreetResources { get; } = new(funds: 3_000_000, venues: 10_000, services: 20_000, volunteers: 0);

    /// <summary>The id of the district's original right; delegated rights are named after their unit's code.</summary>
    /// <param name="unit">The unit the right is over.</param>
    /// <returns>The right's id, e.g. WJ-2026-510115001.</returns>
    public static GovernanceRightId RightOver(AreaCode unit) => new("WJ-2026-" + unit);

    /// <summary>Grants the district's rights and delegates them to every street and community.</summary>
    /// <param name="district">The district.</param>
    /// <param name="directory">What exists: every holder and unit.</param>
    /// <returns>The delegation tree: 1 + streets + communities rights.</returns>
    public static GovernanceRight Delegate(District district, ICommunityDirectory directory)
    {
        var at = Timeline.RightsDelegated;
        var rights = GovernanceRight.Grant(
            RightOver(district.Code),
            new RightTerms(ActorIds.DistrictGovernment, GovernancePowers.All, CommunityUnit.Administrative(district.Code), Timeline.Year, DistrictResources),
            directory,
            at);

        foreach (var street in district.Streets)
        {
            rights.Delegate(
                RightOver(district.Code),
                RightOver(street),
                new RightTerms(ActorIds.StreetOffice(street), StreetPowers, CommunityUnit.Administrative(street), Timeline.Year, StreetResources),
                directory,
                at);

            foreach (var community in district.CommunitiesOf(street))
            {
                rights.Delegate(
                    RightOver(street),
                    RightOver(community.AreaCode),
                    new RightTerms(ActorIds.ResidentsCommittee(community), CommunityPowers, CommunityUnit.Administrative(community), Timeline.Year),
                    directory,
                    at);
            }
        }

        return rights;
    }
}
