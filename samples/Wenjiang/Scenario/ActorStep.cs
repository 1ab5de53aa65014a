using System.Globalization;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Demands;
using NodaTime;

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
    /// <param name="directory">What exists: every unit a responsibility is assigned in.</param>
    /// <returns>The actors, by id.</returns>
    public static IReadOnlyDictionary<ActorId, Actor> Register(District district, UnitNames names, IEnumerable<LivingCommunityPlan> living, ICommunityDirectory directory)
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
                office.AssignResponsibility(category, CommunityUnit.Administrative(street), directory, at);
            }

            actors.Add(office);
            foreach (var community in district.CommunitiesOf(street))
            {
                var committee = Actor.RegisterOrganisation(ActorIds.ResidentsCommittee(community), ActorKind.ResidentsCommittee, names.Chinese(community.AreaCode), at);
                foreach (var category in CommitteeCategories)
                {
                    committee.AssignResponsibility(category, CommunityUnit.Administrative(community), directory, at);
                }

                actors.Add(committee);
            }
        }

        foreach (var plan in living)
        {
            var unit = CommunityUnit.Living(plan.Id);
            var property = Actor.RegisterOrganisation(plan.PropertyCompany, ActorKind.PropertyCompany, plan.Chinese + "物业服务中心", at);
            property.AssignResponsibility(DemandCategory.PublicService, unit, directory, at);
            property.AssignResponsibility(DemandCategory.OrderlyInteraction, unit, directory, at);
            var homeowners = Actor.RegisterOrganisation(plan.HomeownersCommittee, ActorKind.HomeownersCommittee, plan.Chinese + "业主委员会", at);
            homeowners.AssignResponsibility(DemandCategory.OrderlyInteraction, unit, directory, at);
            homeowners.AssignResponsibility(DemandCategory.PublicService, unit, directory, at);
            actors.AddRange([property, homeowners]);
        }

        actors.AddRange(Residents(district, at));
        return actors.ToDictionary(a => a.Id);
    }

    // The residents who raise the demands (居民), registered with fictitious particulars: the names and identity numbers
    // are invented (the check character is computed). Every fifth lives here with its household registered elsewhere
    // (a floating resident, 流动人口): a resident's standing comes from where it lives, not from its registration.
    private static IEnumerable<Actor> Residents(District district, Instant at)
    {
        var communities = district.Streets.SelectMany(district.CommunitiesOf).ToList();
        for (var n = 1; n <= DemandsStep.Count; n++)
        {
            var registered = n % 5 == 0 ? AreaCode.Parse("510104") : district.Code;
            var body = string.Create(CultureInfo.InvariantCulture, $"{registered}1985{1 + (n % 12):D2}{1 + (n % 28):D2}{n:D3}");
            var particulars = new ResidentParticulars(
                new PersonName("居民" + n.ToString(CultureInfo.InvariantCulture)),
                ResidentIdentityNumber.Parse(body + ResidentIdentityNumber.CheckCharacterOf(body)),
                null,
                registered,
                new Residence(communities[(n * 7) % communities.Count]));
            yield return Actor.RegisterResident(ActorIds.Resident(n), particulars, at);
        }
    }
}
