using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Demands;

namespace Wenjiang.Scenario;

/// <summary>
/// Step 8, the many actors (多元主体) put back in their place (主体归位): the district government and its
/// community-governance committee, every street office and residents' committee, and for each living community its
/// property company and homeowners' committee, each with its responsibilities (责) as data.
/// </summary>
internal static class ActorStep
{
    /// <summary>What a residents' committee answers for in its community.</summary>
    public static IReadOnlyList<DemandCategory> CommitteeCategories { get; } =
        [DemandCategory.PublicService, DemandCategory.PublicBelonging, DemandCategory.OrderlyInteraction, DemandCategory.PublicParticipation];

    /// <summary>Registers every actor and assigns its responsibilities.</summary>
    /// <param name="district">The district.</param>
    /// <param name="names">The units' names.</param>
    /// <param name="living">The living communities' plans.</param>
    /// <returns>The actors, by id.</returns>
    public static IReadOnlyDictionary<ActorId, Actor> Register(District district, UnitNames names, IEnumerable<LivingCommunityPlan> living)
    {
        var at = Timeline.ActorsRegistered;
        var actors = new List<Actor>
        {
            Actor.RegisterOrganisation(ActorIds.DistrictGovernment, ActorKind.PartyCommitteeAndGovernment, "温江区人民政府", at),
            Actor.RegisterOrganisation(ActorIds.GovernanceCommittee, ActorKind.DistrictGovernanceCommittee, "中共温江区委城乡社区发展治理委员会", at),
        };

        foreach (var street in district.Streets)
        {
            var office = Actor.RegisterOrganisation(ActorIds.StreetOffice(street), ActorKind.StreetOffice, names.Chinese(street) + "办事处", at);
            foreach (var category in Enum.GetValues<DemandCategory>())
            {
                office.AssignResponsibility(category, CommunityUnit.Administrative(street), at);
            }

            actors.Add(office);
            foreach (var community in district.CommunitiesOf(street))
            {
                var committee = Actor.RegisterOrganisation(ActorIds.ResidentsCommittee(community), ActorKind.ResidentsCommittee, names.Chinese(community.AreaCode), at);
                foreach (var category in CommitteeCategories)
                {
                    committee.AssignResponsibility(category, CommunityUnit.Administrative(community), at);
                }

                actors.Add(committee);
            }
        }

        foreach (var plan in living)
        {
            var unit = CommunityUnit.Living(plan.Id);
            var property = Actor.RegisterOrganisation(plan.PropertyCompany, ActorKind.PropertyCompany, plan.Chinese + "物业服务中心", at);
            property.AssignResponsibility(DemandCategory.PublicService, unit, at);
            property.AssignResponsibility(DemandCategory.OrderlyInteraction, unit, at);
            var homeowners = Actor.RegisterOrganisation(plan.HomeownersCommittee, ActorKind.HomeownersCommittee, plan.Chinese + "业主委员会", at);
            homeowners.AssignResponsibility(DemandCategory.OrderlyInteraction, unit, at);
            homeowners.AssignResponsibility(DemandCategory.PublicService, unit, at);
            actors.AddRange([property, homeowners]);
        }

        return actors.ToDictionary(a => a.Id);
    }
}
