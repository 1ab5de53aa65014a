using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Rights;

namespace Wenjiang.Scenario;

/// <summary>
/// The whole scenario, step by step: divisions, living communities and coverage, rights and their delegation,
/// resource integration, the three crossings, the homeowners' assembly of 光华逸家, actors, demands, participation and the eight-items programme.
/// </summary>
internal static class WenjiangScenario
{
    /// <summary>The seed of the scenario's random source: the same seed, the same district story.</summary>
    public const int Seed = 510115;

    /// <summary>Runs the scenario on the data copied beside the sample.</summary>
    /// <param name="baseDirectory">The sample's output directory (<see cref="AppContext.BaseDirectory"/>), holding <c>Data/</c>.</param>
    /// <returns>Everything the scenario built.</returns>
    public static WenjiangResult Run(string baseDirectory)
    {
        // One random source, consumed in a fixed order by the steps below: reordering the steps changes the story.
        var random = new Random(Seed);

        var (district, names) = DivisionStep.Load(Path.Combine(baseDirectory, "Data"));

        var plans = LivingCommunityPlan.All;
        var living = LivingCommunityStep.Found(plans);

        // What exists, read by every command that names a unit or an actor: learnt from the pending events, as the index is.
        var directory = CommunityDirectory.Build([.. district.PendingEvents, .. living.SelectMany(l => l.PendingEvents)]);
        var coverage = CoverageStep.Map(district, living, directory);
        var featured = plans.SelectMany(p => coverage.JurisdictionsSpannedBy(p.Id)).Distinct().Order().ToList();

        var actors = ActorStep.Register(district, names, plans, coverage, directory);
        foreach (var registered in actors.Values.SelectMany(a => a.PendingEvents))
        {
            directory.Apply(registered);
        }

        var administrative = RightsStep.Delegate(district, directory);
        var integrated = IntegrationStep.Integrate(district, featured, random, directory);
        // The index reads the events while they are still pending: the store saves them afterwards, in the same order.
        var rightsHistory = administrative.PendingEvents.Concat(integrated.SelectMany(r => r.PendingEvents)).ToList();
        var index = GovernanceRightsIndex.Build(rightsHistory, administrative.Rights.Count + integrated.Count);

        var orders = OrderStep.Sink(OrderPlan.All, index, coverage);
        var personalInformation = PersonalInformationStep.Access(HouseholdRegister.GuanghuaResident(), index, coverage, directory);
        var (workAccess, tasks) = WorkAccessStep.Set(district.Code, index, directory);
        var assembly = AssemblyStep.Decide(coverage, directory);

        var subjects = plans.Select(p => (CommunityUnit.Living(p.Id), coverage.JurisdictionsSpannedBy(p.Id)[0]))
            .Concat(featured.Select(c => (CommunityUnit.Administrative(c), c)))
            .ToList();
        var demands = DemandsStep.Raise(subjects, actors, random, directory).ToList();
        var grids = GridStep.Run(coverage, actors, directory);
        demands.Add(grids.Case);
        var everyone = actors.Values.Concat(grids.Workers).ToDictionary(a => a.Id);
        var profiles = ParticipationStep.Record(plans, random, directory);
        var fulfilments = ProgrammeStep.Advance(district, names, random, directory);

        return new WenjiangResult(
            Seed,
            new FixedClock(Timeline.ReportAt),
            district,
            names,
            plans,
            living,
            coverage,
            administrative,
            integrated,
            rightsHistory,
            index,
            orders,
            personalInformation,
            assembly,
            everyone,
            demands,
            profiles,
            fulfilments,
            workAccess,
            tasks,
            directory)
        {
            CommunityBuilding = CommunityBuildingStep.Run(plans, index, demands, directory),
            Grids = grids.Map,
        };
    }
}
