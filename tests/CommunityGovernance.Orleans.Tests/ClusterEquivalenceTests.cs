using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Orleans.Grains;
using CommunityGovernance.Orleans.Tests.Commands;
using CommunityGovernance.PropertyTesting;
using CommunityGovernance.Storage;
using CommunityGovernance.Testing;
using CommunityGovernance.Testing.Demands;
using CommunityGovernance.Tests.Servers;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Orleans.Runtime;

namespace CommunityGovernance.Orleans.Tests;

[Collection(GovernanceClusterCollection.Name)]
public sealed class ClusterEquivalenceTests(GovernanceCluster cluster)
{
    /// <summary>
    /// A case drives three silos through PostgreSQL, so the default run takes fewer cases than a pure property; the
    /// repository's switch (<c>CG_PROPERTY_CASES</c>) sets the count for a long run.
    /// </summary>
    private static int ClusterCases => PropertyCases.Count == PropertyCases.Default ? 30 : PropertyCases.Count;

    [SkippableFact]
    public void Generated_demand_commands_on_the_cluster_give_the_events_and_refusals_of_one_process()
    {
        ServerRequirement.SkipUnlessAvailable(cluster.UnavailableReason);
        var cases = DemandGenerators.Scenarios.ListOf().Select(l => l.Take(3).ToArray()).Where(l => l.Length > 0).ToArbitrary();
        Prop.ForAll(cases, scenarios => SameAsOneProcess(scenarios).GetAwaiter().GetResult())
            .Check(Config.QuickThrowOnFailure.WithMaxTest(ClusterCases));
    }

    [SkippableFact]
    public async Task Commands_spread_over_grains_on_every_silo()
    {
        ServerRequirement.SkipUnlessAvailable(cluster.UnavailableReason);
        var tenant = GovernanceCluster.FreshTenant("spread");
        var at = Instant.FromUtc(2026, 3, 2, 9, 0);
        var demands = Enumerable.Range(0, 60).Select(n => new DemandId($"D-{n:D4}")).ToArray();

        var outcomes = await Task.WhenAll(demands.Select(id => cluster.Cluster.Client.GetAggregate(tenant, Demand.StreamOf(id))
            .ExecuteAsync(new RaiseDemand(id, new Actors.ActorId("R-1"), Communities.CommunityUnit.Administrative(Communities.AdministrativeCommunityId.Parse("510115001001")), DemandCategory.PublicService, at))));

        Assert.All(outcomes, o => Assert.Equal((1L, 1), (o.Version, o.Appended)));
        var management = cluster.Cluster.Client.GetGrain<IManagementGrain>(0);
        var statistics = await management.GetSimpleGrainStatistics();
        var perSilo = statistics.Where(s => s.GrainType.Contains("AggregateGrain", StringComparison.Ordinal))
            .GroupBy(s => s.SiloAddress).ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount));
        var silos = cluster.Cluster.GetActiveSilos().Select(s => s.SiloAddress).ToArray();
        Assert.Equal(3, silos.Length);
        Assert.All(silos, silo => Assert.True(perSilo.GetValueOrDefault(silo) > 0, $"no aggregate grain is active on {silo}: {string.Join(", ", perSilo)}"));
        foreach (var id in demands)
        {
            Assert.Single(await cluster.Store(tenant).ReadStreamAsync(Demand.StreamOf(id)));
        }
    }

    private async Task<Property> SameAsOneProcess(DemandScenario[] scenarios)
    {
        // One tenant per scenario: the generated casts reuse actor and demand ids.
        var runs = scenarios.Select(s => (Commands: new ScenarioCommands(s), Tenant: GovernanceCluster.FreshTenant("same"))).ToArray();
        var local = new InMemoryEventStore(new DomainEventSerializer());
        var expected = new List<(List<Result> Results, List<string> Events)>();
        foreach (var (commands, tenant) in runs)
        {
            var store = local.ForTenant(tenant);
            await commands.StoreActorsAsync(store);
            var results = await commands.RunInProcessAsync(store);
            expected.Add((results, await StoredStreams.ReadAsync(store, commands.Stream)));
        }

        // On the cluster the scenarios run at once (each one's commands in order), through the client.
        var actual = await Task.WhenAll(runs.Select(async run =>
        {
            var store = cluster.Store(run.Tenant);
            await run.Commands.StoreActorsAsync(store);
            var grain = cluster.Cluster.Client.GetAggregate(run.Tenant, run.Commands.Stream);
            var results = new List<Result>();
            foreach (var command in run.Commands.Commands())
            {
                try
                {
                    results.Add(Result.Of(await grain.ExecuteAsync(command)));
                }
                catch (DomainException refused)
                {
                    results.Add(Result.Of(refused));
                }
            }

            return (Results: results, Events: await StoredStreams.ReadAsync(store, run.Commands.Stream));
        }));

        for (var i = 0; i < runs.Length; i++)
        {
            if (!expected[i].Results.SequenceEqual(actual[i].Results))
            {
                var at = expected[i].Results.Zip(actual[i].Results).TakeWhile(p => p.First == p.Second).Count();
                return false.Label($"scenario {i}: command {at} gave {actual[i].Results.ElementAtOrDefault(at)} on the cluster, {expected[i].Results.ElementAtOrDefault(at)} in one process");
            }

            if (!expected[i].Events.SequenceEqual(actual[i].Events))
            {
                return false.Label($"scenario {i}: the cluster stored\n{string.Join('\n', actual[i].Events)}\nbut one process\n{string.Join('\n', expected[i].Events)}");
            }
        }

        return true.Label("same").Classify(expected.Sum(e => e.Events.Count) > 3, "beyond the raise");
    }
}
