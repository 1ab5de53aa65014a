using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Grids;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Communities.WorkAccess;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using CommunityGovernance.Programmes;
using CommunityGovernance.Rights;
using NodaTime;

namespace Wenjiang.Scenario;

/// <summary>Everything the scenario built, as the report (and the sample's tests) read it.</summary>
/// <param name="Seed">The seed of the scenario's random source.</param>
/// <param name="Clock">The report's fixed clock.</param>
/// <param name="District">Wenjiang District with its streets and communities.</param>
/// <param name="Names">The units' Chinese and English names.</param>
/// <param name="LivingPlans">The living communities' plans (names, compounds, buildings).</param>
/// <param name="LivingCommunities">The living communities.</param>
/// <param name="Coverage">The coverage register between the sides.</param>
/// <param name="AdministrativeRights">The district's delegation tree.</param>
/// <param name="IntegratedRights">The residents' committees' rights born of resource integration.</param>
/// <param name="RightsHistory">Every right's events, as a store would hold them: the district's tree first, then each integration.</param>
/// <param name="Rights">The rights index built from <paramref name="RightsHistory"/>.</param>
/// <param name="Orders">The administrative orders sunk into living communities.</param>
/// <param name="PersonalInformation">The personal-information access log and its outcome.</param>
/// <param name="Assembly">Guanghua Yijia's ownership register, its assembly's vote and the decision it carried up.</param>
/// <param name="Actors">The registered actors, by id.</param>
/// <param name="Demands">The demands, in the order raised.</param>
/// <param name="Profiles">The participation profiles.</param>
/// <param name="Fulfilments">The eight-items programme's fulfilments.</param>
/// <param name="WorkAccess">The district's community work-access list (社区工作事项准入清单).</param>
/// <param name="CommunityTasks">The work set on residents' committees against it.</param>
/// <param name="Directory">What exists: the units and actors every command that names one checked against.</param>
internal sealed record WenjiangResult(
    int Seed,
    IClock Clock,
    District District,
    UnitNames Names,
    IReadOnlyList<LivingCommunityPlan> LivingPlans,
    IReadOnlyList<LivingCommunity> LivingCommunities,
    CoverageRegister Coverage,
    GovernanceRight AdministrativeRights,
    IReadOnlyList<GovernanceRight> IntegratedRights,
    IReadOnlyList<DomainEvent> RightsHistory,
    GovernanceRightsIndex Rights,
    IReadOnlyList<AdministrativeOrder> Orders,
    PersonalInformationOutcome PersonalInformation,
    HomeownersAssemblyOutcome Assembly,
    IReadOnlyDictionary<ActorId, Actor> Actors,
    IReadOnlyList<Demand> Demands,
    IReadOnlyList<ParticipationProfile> Profiles,
    IReadOnlyList<ProgrammeFulfilment> Fulfilments,
    WorkAccessList WorkAccess,
    IReadOnlyList<CommunityTask> CommunityTasks,
    CommunityDirectory Directory)
{
    /// <summary>The instant the report describes.</summary>
    public Instant Now => Clock.GetCurrentInstant();

    /// <summary>Every administrative community of the district, in code order.</summary>
    /// <summary>The community-building processes (社区营造): the compound's and the community's, with what each refused.</summary>
    public IReadOnlyList<CommunityBuildingOutcome> CommunityBuilding { get; init; } = [];

    /// <summary>Heping Community's grid map (网格): its grids, their buildings and grid workers.</summary>
    public GridMap? Grids { get; init; }

    public IEnumerable<AdministrativeCommunityId> Communities => District.Streets.SelectMany(District.CommunitiesOf);
}
