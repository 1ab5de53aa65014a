using System.Globalization;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
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
    /// <param name="coverage">The coverage, which says which community a living community's residents live in.</param>
    /// <param name="directory">What exists: every unit a responsibility is assigned in, every residence.</param>
    /// <returns>The actors, by id.</returns>
    public static IReadOnlyDictionary<ActorId, Actor> Register(District district, UnitNames names, IReadOnlyList<LivingCommunityPlan> living, ICoverageQuery coverage, ICommunityDirectory directory)
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

        actors.AddRange(Residents(district, living, coverage, directory, at));
        return actors.ToDictionary(a => a.Id);
    }

    // The residents (居民), registered with fictitious particulars: the names and identity numbers are invented (the
    // check character is computed). Those who raise the demands live across the district; those who keep participation
    // profiles live in their living community. Every fifth has its household registered elsewhere (a floating resident,
    // 流动人口): a resident's standing comes from where it lives, not from its registration.
    private static IEnumerable<Actor> Residents(District district, IReadOnlyList<LivingCommunityPlan> living, ICoverageQuery coverage, ICommunityDirectory directory, Instant at)
    {
        var communities = district.Streets.SelectMany(district.CommunitiesOf).ToList();
        for (var n = 1; n <= DemandsStep.Count; n++)
        {
            yield return Resident(n, district.Code, new Residence(communities[(n * 7) % communities.Count]), directory, at);
        }

        var profiled = ParticipationStep.FirstProfiledResident;
        foreach (var plan in living)
        {
            var residence = new Residence(coverage.JurisdictionsSpannedBy(plan.Id)[0], plan.Id);
            for (var i = 0; i < ParticipationStep.ResidentsPerCommunity; i++)
            {
                yield return Resident(profiled++, district.Code, residence, directory, at);
            }
        }
    }

    internal static Actor Resident(int n, AreaCode district, Residence residence, ICommunityDirectory directory, Instant at, ActorId? id = null)
    {
        var registered = n % 5 == 0 ? AreaCode.Parse("510104") : district;
        var body = string.Create(CultureInfo.InvariantCulture, $"{registered}1985{1 + (n % 12):D2}{1 + (n % 28):D2}{n % 1000:D3}");
        var particulars = new ResidentParticulars(
            new PersonName("居民" + n.ToString(CultureInfo.InvariantCulture)),
            ResidentIdentityNumber.Parse(body + ResidentIdentityNumber.CheckCharacterOf(body)),
            null,
            registered,
            residence);
        return Actor.RegisterResident(id ?? ActorIds.Resident(n), particulars, directory, at);
    }
}
