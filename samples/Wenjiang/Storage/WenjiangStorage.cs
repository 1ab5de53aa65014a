using CommunityGovernance.Actors;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Grids;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Communities.WorkAccess;
using CommunityGovernance.CommunityBuilding;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using CommunityGovernance.Programmes;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using Wenjiang.Scenario;

namespace Wenjiang.Storage;

/// <summary>
/// Keeps the scenario in an event store: every aggregate's events saved to its own stream, and every aggregate rebuilt
/// from the store on the next run, so that the report is the same whether the district was just governed or reloaded.
/// </summary>
internal static class WenjiangStorage
{
    /// <summary>
    /// Stores every aggregate of the scenario in one import (all of it or none, so a run stopped half-way leaves no
    /// half-stored district for the next run to rebuild), each a new stream, in the order the report lists them.
    /// </summary>
    /// <param name="result">The scenario's result, every aggregate with its events pending.</param>
    /// <param name="store">The store; every store of the library imports.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is then stored.</param>
    /// <returns>How much was written.</returns>
    public static async Task<StorageSummary> SaveAsync(WenjiangResult result, IEventStore store, CancellationToken cancellationToken = default)
    {
        var importing = store as IImportingEventStore
            ?? throw new InvalidOperationException($"The sample stores its scenario in one import; {store.GetType().Name} does not import ({nameof(IImportingEventStore)}).");
        var import = new AggregateImport();
        void Add<T>(T aggregate)
            where T : AggregateRoot, IEventSourced<T> => import.Add(aggregate);

        Add(result.District);
        foreach (var living in result.LivingCommunities)
        {
            Add(living);
        }

        Add(result.Coverage);
        Add(result.AdministrativeRights);
        foreach (var right in result.IntegratedRights)
        {
            Add(right);
        }

        foreach (var order in result.Orders)
        {
            Add(order);
        }

        Add(result.PersonalInformation.Log);
        Add(result.Assembly.Register);
        Add(result.Assembly.Vote);
        if (result.Assembly.Decision is { } decision)
        {
            Add(decision);
        }

        foreach (var actor in result.Actors.Values)
        {
            Add(actor);
        }

        foreach (var demand in result.Demands)
        {
            Add(demand);
        }

        foreach (var profile in result.Profiles)
        {
            Add(profile);
        }

        foreach (var fulfilment in result.Fulfilments)
        {
            Add(fulfilment);
        }

        Add(result.WorkAccess);
        foreach (var task in result.CommunityTasks)
        {
            Add(task);
        }

        foreach (var building in result.CommunityBuilding)
        {
            Add(building.Process);
        }

        if (result.Grids is { } grids)
        {
            Add(grids);
        }

        var stored = await importing.ImportAsync(import, cancellationToken);
        return new StorageSummary(stored.Streams, checked((int)stored.Events));
    }

    /// <summary>
    /// Rebuilds the scenario's result from the store: one pass over the feed, each stream's events handed to its
    /// aggregate's <c>FromHistory</c>, streams taken in the order they were first stored.
    /// </summary>
    /// <param name="store">The store, holding what <see cref="SaveAsync"/> wrote.</param>
    /// <param name="baseDirectory">The sample's output directory, for the unit names (read from the division data, not stored).</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The result and how much was read; <see langword="null"/> when the store holds nothing yet.</returns>
    public static async Task<(WenjiangResult Result, StorageSummary Summary)?> LoadAsync(IEventStore store, string baseDirectory, CancellationToken cancellationToken = default)
    {
        var streams = new Dictionary<StreamName, List<DomainEvent>>();
        var events = 0;
        await foreach (var recorded in store.ReadFeedAsync(cancellationToken: cancellationToken))
        {
            if (!streams.TryGetValue(recorded.Stream, out var history))
            {
                streams.Add(recorded.Stream, history = []);
            }

            history.Add(recorded.Event);
            events++;
        }

        if (streams.Count == 0)
        {
            return null;
        }

        List<T> All<T>()
            where T : AggregateRoot, IEventSourced<T> =>
            [.. streams.Where(s => s.Key.Kind == T.StreamKind).Select(s => T.FromHistory(s.Value))];

        var (_, names) = DivisionStep.Load(Path.Combine(baseDirectory, "Data"));
        var rights = All<GovernanceRight>();
        var rightsHistory = streams.Where(s => s.Key.Kind == GovernanceRight.StreamKind).SelectMany(s => s.Value).ToList();
        var log = All<PersonalInformationAccessLog>().Single();
        var result = new WenjiangResult(
            WenjiangScenario.Seed,
            new FixedClock(Timeline.ReportAt),
            All<District>().Single(),
            names,
            LivingCommunityPlan.All,
            All<LivingCommunity>(),
            All<CoverageRegister>().Single(),
            rights[0],
            rights[1..],
            rightsHistory,
            GovernanceRightsIndex.Build(rightsHistory, rights[0].Rights.Count + rights.Count - 1),
            All<AdministrativeOrder>(),
            PersonalInformationStep.Reloaded(log),
            new HomeownersAssemblyOutcome(All<OwnershipRegister>().Single(), All<AssemblyVote>().Single(), All<SelfGovernanceDecision>().SingleOrDefault()),
            All<Actor>().ToDictionary(a => a.Id),
            All<Demand>(),
            All<ParticipationProfile>(),
            All<ProgrammeFulfilment>(),
            All<WorkAccessList>().Single(),
            All<CommunityTask>(),
            CommunityDirectory.Build(streams.Values.SelectMany(history => history)))
        {
            CommunityBuilding = [.. All<CommunityBuildingProcess>().Select(p => new CommunityBuildingOutcome(p, CommunityBuildingStep.RefusalsOf(p.Id)))],
            Grids = All<GridMap>().SingleOrDefault(),
        };
        return (result, new StorageSummary(streams.Count, events));
    }
}

/// <summary>How much the store holds for the scenario.</summary>
/// <param name="Streams">The number of streams (one per aggregate).</param>
/// <param name="Events">The number of events.</param>
internal sealed record StorageSummary(int Streams, int Events);
