using System.Collections.Concurrent;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Orleans.Commands;
using CommunityGovernance.Orleans.Grains;
using CommunityGovernance.Orleans.Tests.Commands;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Tests.Servers;
using NodaTime;
using Xunit.Abstractions;

namespace CommunityGovernance.Orleans.Tests;

/// <summary>A silo killed in the middle of a load: nothing acknowledged is lost or doubled, and the survivors agree.</summary>
[Collection(GovernanceClusterCollection.Name)]
public sealed class FaultTests(GovernanceCluster cluster, ITestOutputHelper output)
{
    private const int Chains = 90;
    private const int Workers = 6;
    private static readonly Instant s_at = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly ActorId s_office = new("SO-1");

    [SkippableFact]
    public async Task A_silo_killed_mid_load_loses_and_doubles_nothing_and_the_survivors_rights_index_converges_to_the_store()
    {
        ServerRequirement.SkipUnlessAvailable(cluster.UnavailableReason);
        var tenant = GovernanceCluster.ReadModelTenant;
        var run = Guid.NewGuid().ToString("N")[..8];
        var chains = Enumerable.Range(0, Chains).Select(n => Chain(run, n)).ToArray();
        var acknowledged = new ConcurrentDictionary<int, int>();
        var failed = new ConcurrentDictionary<int, string>();
        var retries = 0;
        var next = -1;
        var victim = cluster.Cluster.SecondarySilos[0];
        var killed = new TaskCompletionSource();

        async Task WorkAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < chains.Length)
            {
                if (index == Chains / 3)
                {
                    await cluster.Cluster.KillSiloAsync(victim);
                    killed.SetResult();
                }

                var (_, commands) = chains[index];
                for (var step = 0; step < commands.Count; step++)
                {
                    var outcome = await SendAsync(commands[step], tenant, expectedVersion: step, () => Interlocked.Increment(ref retries));
                    if (outcome is null)
                    {
                        failed[index] = $"step {step}";
                        break;
                    }

                    acknowledged.AddOrUpdate(index, 1, (_, n) => n + 1);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(WorkAsync)));
        await killed.Task;
        output.WriteLine($"{acknowledged.Values.Sum()} commands acknowledged, {failed.Count} chains stopped by a visible failure, {retries} retries");

        // Every acknowledged command is stored exactly once, in its place; a chain stopped by a visible failure holds
        // at most the failed command's events besides (its outcome was unknown to the caller), never more.
        var store = cluster.Store(tenant);
        for (var i = 0; i < chains.Length; i++)
        {
            var stored = await store.ReadStreamAsync(chains[i].Stream);
            var acked = acknowledged.GetValueOrDefault(i);
            Assert.True(
                stored.Count == acked || (failed.ContainsKey(i) && stored.Count == acked + 1),
                $"chain {i} ({chains[i].Stream}): {acked} acknowledged, {stored.Count} stored, failure: {failed.GetValueOrDefault(i) ?? "none"}");
            Assert.Equal(Enumerable.Range(1, stored.Count).Select(v => (long)v), stored.Select(r => r.StreamVersion));
            Assert.Equal(stored.Count, stored.Select(r => r.Event.GetType()).Distinct().Count());
        }

        Assert.True(acknowledged.Values.Sum() > chains.Length, "the load ran on after the kill");

        // The survivors' live rights index converges to one rebuilt from the store.
        var reference = new LiveGovernanceRightsIndex(name: "reference");
        var referenceRunner = new ProjectionRunner(store, [reference]);
        await referenceRunner.CatchUpAsync();
        var rights = chains.Select(c => c.Stream).Where(s => s.Kind == GovernanceRight.StreamKind).ToArray();
        var holders = Enumerable.Range(0, Chains).Select(n => new ActorId($"H-{run}-{n}")).ToArray();
        var street = CommunityUnit.Administrative(AreaCode.Parse("510115001", AdministrativeLevel.Street));
        var survivors = cluster.Cluster.GetActiveSilos().ToArray();
        Assert.Equal(2, survivors.Length);
        foreach (var silo in survivors)
        {
            var models = GovernanceCluster.ReadModelsOn(silo, tenant);
            await models.Runner.WaitForAsync(reference.Position, TimeSpan.FromSeconds(30));
            foreach (var holder in holders)
            {
                Assert.Equal(reference.PowersOver(holder, street, s_at + Duration.FromDays(1)), models.Rights.PowersOver(holder, street, s_at + Duration.FromDays(1)));
            }
        }

        Assert.NotEmpty(rights);
        Assert.Contains(holders, h => !reference.PowersOver(h, street, s_at + Duration.FromDays(1)).IsEmpty);

        // Back to three silos for the other tests of the collection.
        await cluster.Cluster.StartAdditionalSiloAsync();
        await cluster.Cluster.WaitForLivenessToStabilizeAsync();
    }

    /// <summary>
    /// Sends a command at the version the caller knows. A failure that leaves the outcome unknown (the silo died with
    /// the call) is retried at the same version, so a command that did land is refused as a conflict rather than
    /// applied twice; that conflict, with the stream one command further, is the acknowledgement that was lost.
    /// </summary>
    private async Task<CommandOutcome?> SendAsync(Func<IGrainFactory, long, Task<CommandOutcome>> command, TenantId tenant, long expectedVersion, Action retried)
    {
        var unknown = false;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            try
            {
                return await command(cluster.Cluster.Client, expectedVersion);
            }
            catch (ConcurrencyConflictException conflict) when (unknown && conflict.ActualVersion == expectedVersion + 1)
            {
                return new CommandOutcome(conflict.ActualVersion, 1, 0, attempt + 1);
            }
            catch (DomainException)
            {
                return null;
            }
            catch (Exception e) when (e is not DomainException)
            {
                unknown = true;
                retried();
                output.WriteLine($"retrying after {e.GetType().Name}: {e.Message.Split('\n')[0]}");
                await Task.Delay(300 * (attempt + 1));
            }
        }

        return null;
    }

    /// <summary>A right granted (one command), or a demand raised then accepted (two), each on its own stream.</summary>
    private static (StreamName Stream, IReadOnlyList<Func<IGrainFactory, long, Task<CommandOutcome>>> Commands) Chain(string run, int n)
    {
        var tenant = GovernanceCluster.ReadModelTenant;
        if (n % 2 == 0)
        {
            var id = new GovernanceRightId($"GR-{run}-{n}");
            var grant = new GrantRight(id, new ActorId($"H-{run}-{n}"), (byte)(1 + (n % 15)), "510115001", s_at);
            return (GovernanceRight.StreamOf(id), [(grains, version) => grains.GetAggregate(tenant, GovernanceRight.StreamOf(id)).ExecuteAtAsync(grant, version)]);
        }

        var demand = new DemandId($"D-{run}-{n}");
        var stream = Demand.StreamOf(demand);
        var raise = new RaiseDemand(demand, new ActorId("R-1"), CommunityUnit.Administrative(AdministrativeCommunityId.Parse("510115001001")), DemandCategory.PublicService, s_at);
        var accept = new AggregateCommandsTests.Accept(s_office, s_at + Duration.FromHours(1));
        return (stream,
        [
            (grains, version) => grains.GetAggregate(tenant, stream).ExecuteAtAsync(raise, version),
            (grains, version) => grains.GetAggregate(tenant, stream).ExecuteAtAsync(accept, version),
        ]);
    }
}
