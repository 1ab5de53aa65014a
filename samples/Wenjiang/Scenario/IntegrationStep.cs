using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Rights;

namespace Wenjiang.Scenario;

/// <summary>
/// Step 5, the second source of rights: some residents' committees integrate market and social resources (资源整合)
/// from enterprises and social organisations, and hold a market-and-social right to allocate them. That right adds
/// resource allocation (资源调配), a power the hierarchy did not give them, and resources to allocate: the
/// governance-right profile shows the expansion.
/// </summary>
/// <remarks>
/// The right is the residents' committee's own, over its administrative community; it is not delegated from the
/// district's tree, so it carries no administrative side. Which communities integrate, with whom and how much is drawn
/// from the scenario's seeded random source.
/// </remarks>
internal static class IntegrationStep
{
    /// <summary>How many communities integrate resources besides those that cover a living community of the scenario.</summary>
    public const int FurtherCommunities = 5;

    /// <summary>The powers of a right born of integration: resource allocation and time scheduling.</summary>
    public static GovernancePowers IntegratedPowers { get; } = GovernancePowers.Of(GovernancePower.ResourceAllocation, GovernancePower.TimeScheduling);

    /// <summary>The id of a community's market-and-social right.</summary>
    /// <param name="community">The community.</param>
    /// <returns>The right's id, e.g. SH-2026-510115001001.</returns>
    public static GovernanceRightId RightOf(AdministrativeCommunityId community) => new("SH-2026-" + community.AreaCode);

    /// <summary>Integrates resources into the chosen communities, a second time into Heping's.</summary>
    /// <param name="district">The district.</param>
    /// <param name="featured">The communities that cover a living community of the scenario; they all integrate.</param>
    /// <param name="random">The scenario's seeded random source.</param>
    /// <param name="directory">What exists: every committee and community.</param>
    /// <returns>One right per integrating community, in community order.</returns>
    public static IReadOnlyList<GovernanceRight> Integrate(District district, IReadOnlyCollection<AdministrativeCommunityId> featured, Random random, ICommunityDirectory directory)
    {
        var others = district.Streets.SelectMany(district.CommunitiesOf).Where(c => !featured.Contains(c)).ToList();
        var chosen = featured.Concat(random.GetItems(others.ToArray(), FurtherCommunities * 3).Distinct().Take(FurtherCommunities)).Order().ToList();

        var rights = new List<GovernanceRight>();
        foreach (var community in chosen)
        {
            var right = GovernanceRight.FromIntegration(
                RightOf(community),
                new RightTerms(ActorIds.ResidentsCommittee(community), IntegratedPowers, CommunityUnit.Administrative(community), Timeline.Year),
                Contribution(community, random),
                directory,
                Timeline.ResourcesIntegrated);
            if (community == CoverageStep.Heping)
            {
                right.IntegrateResources(Contribution(community, random, ResourcePartnerKind.SocialOrganisation), Timeline.ResourcesIntegrated + NodaTime.Duration.FromDays(14));
            }

            rights.Add(right);
        }

        return rights;
    }

    private static ResourceIntegration Contribution(AdministrativeCommunityId community, Random random, ResourcePartnerKind? kind = null)
    {
        var partnerKind = kind ?? (random.Next(2) == 0 ? ResourcePartnerKind.Enterprise : ResourcePartnerKind.SocialOrganisation);
        var prefix = partnerKind == ResourcePartnerKind.Enterprise ? "QY-" : "SZ-";
        return new ResourceIntegration(
            new ActorId(prefix + community.AreaCode),
            partnerKind,
            new ResourceAllowance(
                funds: random.Next(5, 31) * 10_000,
                venues: random.Next(1, 9) * 100,
                services: random.Next(2, 21) * 100,
                volunteers: random.Next(1, 16) * 100));
    }
}
