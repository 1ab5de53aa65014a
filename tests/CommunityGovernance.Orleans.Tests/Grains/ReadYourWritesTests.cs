using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Orleans.Commands;
using CommunityGovernance.Orleans.Grains;
using CommunityGovernance.Tests.Servers;
using NodaTime;

namespace CommunityGovernance.Orleans.Tests.Grains;

/// <summary>A command that reads another aggregate's facts from the silo's read models, on whichever silo it runs.</summary>
[Collection(GovernanceClusterCollection.Name)]
public sealed class ReadYourWritesTests(GovernanceCluster cluster)
{
    private static readonly Instant s_at = Instant.FromUtc(2026, 3, 2, 9, 0);

    [SkippableFact]
    public async Task A_demand_raised_after_its_raiser_registered_reads_the_registration_from_the_directory_of_any_silo()
    {
        ServerRequirement.SkipUnlessAvailable(cluster.UnavailableReason);
        var tenant = GovernanceCluster.ReadModelTenant;
        var run = Guid.NewGuid().ToString("N")[..8];
        var client = cluster.Cluster.Client;

        // Without the registration the directory refuses; after it, each of many demands (spread over the silos)
        // waits until its silo's directory holds the registration's position, and is raised.
        var stranger = new ActorId($"RC-{run}-stranger");
        var refused = await Assert.ThrowsAsync<DomainRuleViolationException>(() => client.GetAggregate(tenant, Demand.StreamOf(new DemandId($"D-{run}-x")))
            .ExecuteAsync(new RaiseFromDirectory(new DemandId($"D-{run}-x"), stranger, s_at, After: 0)));
        var committee = new ActorId($"RC-{run}");
        var registered = await client.GetAggregate(tenant, Actor.StreamOf(committee)).ExecuteAtAsync(new Register(committee, s_at), expectedVersion: 0);
        var raised = await Task.WhenAll(Enumerable.Range(0, 12).Select(n => new DemandId($"D-{run}-{n}"))
            .Select(id => client.GetAggregate(tenant, Demand.StreamOf(id)).ExecuteAtAsync(new RaiseFromDirectory(id, committee, s_at + Duration.FromHours(1), registered.LastPosition), expectedVersion: 0)));

        Assert.Equal(ActorRules.ActorIsRegistered, refused.Rule);
        Assert.All(raised, r => Assert.Equal(1, r.Version));
    }

    internal sealed record Register(ActorId Id, Instant At) : IAggregateCommand<Actor>
    {
        public ValueTask<Actor> ExecuteAsync(Actor? current, AggregateCommandContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(Actor.RegisterOrganisation(Id, ActorKind.ResidentsCommittee, "柳城社区居委会", At));
    }

    /// <summary>Raises a demand whose raiser must be registered in the directory of the silo the grain runs on.</summary>
    internal sealed record RaiseFromDirectory(DemandId Id, ActorId Raiser, Instant At, long After) : IAggregateCommand<Demand>
    {
        public async ValueTask<Demand> ExecuteAsync(Demand? current, AggregateCommandContext context, CancellationToken cancellationToken)
        {
            var models = await context.ReadModelsAtAsync(After, cancellationToken);
            var subject = CommunityUnit.Administrative(AdministrativeCommunityId.Parse("510115001001"));
            return Demand.Raise(Id, Raiser, subject, DemandCategory.PublicService, "lighting", "The lamps are out.", DemandDeadlines.Default, new RegisteredIn(models.Directory), At);
        }
    }

    /// <summary>The silo's directory for actors; the unit is taken as established (the test stores no district).</summary>
    private sealed class RegisteredIn(Communities.Directory.ICommunityDirectory directory) : Communities.Directory.ICommunityDirectory
    {
        public bool IsEstablished(CommunityUnit unit, Instant at) => true;

        public bool IsRegistered(ActorId actor, Instant at) => directory.IsRegistered(actor, at);
    }
}
