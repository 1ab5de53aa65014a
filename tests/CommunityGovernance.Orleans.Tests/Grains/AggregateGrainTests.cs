using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Orleans.Grains;
using CommunityGovernance.Orleans.Tests.Commands;
using CommunityGovernance.Storage;
using CommunityGovernance.Tests.Servers;
using NodaTime;

namespace CommunityGovernance.Orleans.Tests.Grains;

/// <summary>One aggregate's grain on the three-silo cluster: what the caller sees when a command is refused or contended.</summary>
[Collection(GovernanceClusterCollection.Name)]
public sealed class AggregateGrainTests(GovernanceCluster cluster)
{
    private static readonly Instant s_at = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly ActorId s_raiser = new("R-1");
    private static readonly ActorId s_office = new("SO-1");
    private readonly TenantId _tenant = GovernanceCluster.FreshTenant("grain");

    [SkippableFact]
    public async Task A_refused_command_throws_the_domains_exception_at_the_caller_and_the_grain_goes_on()
    {
        ServerRequirement.SkipUnlessAvailable(cluster.UnavailableReason);
        var (grain, stream) = await RaisedAsync("D-1");

        var refused = await Assert.ThrowsAsync<DomainRuleViolationException>(() => grain.ExecuteAsync(new AggregateCommandsTests.Withdraw(s_office, s_at)));
        var accepted = await grain.ExecuteAsync(new AggregateCommandsTests.Accept(s_office, s_at + Duration.FromHours(1)));

        Assert.Equal(DemandRules.ActsAsRaiser, refused.Rule);
        Assert.StartsWith(DemandRules.ActsAsRaiser + ": ", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, accepted.Version);
        Assert.Equal(2, (await cluster.Store(_tenant).ReadStreamAsync(stream)).Count);
    }

    [SkippableFact]
    public async Task A_command_at_a_stale_version_throws_the_conflict_with_its_stream_and_versions()
    {
        ServerRequirement.SkipUnlessAvailable(cluster.UnavailableReason);
        var (grain, stream) = await RaisedAsync("D-2");

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => grain.ExecuteAtAsync(new AggregateCommandsTests.Accept(s_office, s_at), expectedVersion: 0));

        Assert.Equal((stream.ToString(), 0L, 1L), (conflict.Stream, conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Single(await cluster.Store(_tenant).ReadStreamAsync(stream));
    }

    [SkippableFact]
    public async Task A_write_the_grain_did_not_see_is_never_merged_the_command_runs_again_on_what_is_stored()
    {
        ServerRequirement.SkipUnlessAvailable(cluster.UnavailableReason);
        var (grain, stream) = await RaisedAsync("D-3");

        // Another activation of the same aggregate (a membership change) appends while this one holds version 1.
        var store = cluster.Store(_tenant);
        var other = (await store.LoadAsync(stream))!;
        other.Accept(s_office, s_at + Duration.FromHours(1), "another silo");
        await store.SaveAsync(other);

        var withdrawn = await grain.ExecuteAsync(new AggregateCommandsTests.Withdraw(s_raiser, s_at + Duration.FromHours(2)));
        var refused = await Assert.ThrowsAsync<DomainRuleViolationException>(() => grain.ExecuteAsync(new AggregateCommandsTests.Accept(s_office, s_at + Duration.FromHours(3))));

        Assert.Equal((3L, 2), (withdrawn.Version, withdrawn.Attempts));
        Assert.Equal(DemandRules.TransitionIsLegal, refused.Rule);
        Assert.Equal(["DemandRaised", "DemandAccepted", "DemandWithdrawn"], (await store.ReadStreamAsync(stream)).Select(r => r.Event.GetType().Name));
    }

    [SkippableFact]
    public async Task A_command_refused_after_raising_events_leaves_the_grain_on_the_stored_aggregate()
    {
        ServerRequirement.SkipUnlessAvailable(cluster.UnavailableReason);
        var (grain, stream) = await RaisedAsync("D-4");

        await Assert.ThrowsAsync<DomainRuleViolationException>(() => grain.ExecuteAsync(new AggregateCommandsTests.AcceptThenWithdrawAsOffice(s_office, s_at)));
        var accepted = await grain.ExecuteAtAsync(new AggregateCommandsTests.Accept(s_office, s_at + Duration.FromHours(1)), expectedVersion: 1);

        Assert.Equal(2, accepted.Version);
        Assert.Equal(2, await grain.GetVersionAsync());
        Assert.Equal(["DemandRaised", "DemandAccepted"], (await cluster.Store(_tenant).ReadStreamAsync(stream)).Select(r => r.Event.GetType().Name));
    }

    private async Task<(IAggregateGrain<Demand> Grain, StreamName<Demand> Stream)> RaisedAsync(string id)
    {
        var demand = new DemandId(id);
        var stream = Demand.StreamOf(demand);
        var grain = cluster.Cluster.Client.GetAggregate(_tenant, stream);
        var raised = await grain.ExecuteAtAsync(new RaiseDemand(demand, s_raiser, CommunityUnit.Administrative(AdministrativeCommunityId.Parse("510115001001")), DemandCategory.PublicService, s_at), expectedVersion: 0);
        Assert.Equal(1, raised.Version);
        return (grain, stream);
    }
}
