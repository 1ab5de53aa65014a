using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Orleans.Commands;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Orleans.Tests.Commands;

/// <summary>The one path a command takes, in one process and in a grain: refusals, conflicts, retries.</summary>
public sealed class AggregateCommandsTests
{
    private static readonly Instant s_at = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly DemandId s_id = new("D-0001");
    private static readonly ActorId s_raiser = new("R-1");
    private static readonly ActorId s_office = new("SO-1");
    private readonly InMemoryEventStore _store = new(new DomainEventSerializer());

    private static StreamName<Demand> Stream => Demand.StreamOf(s_id);

    private static RaiseDemand Raise => new(s_id, s_raiser, CommunityUnit.Administrative(AdministrativeCommunityId.Parse("510115001001")), DemandCategory.PublicService, s_at);

    [Fact]
    public async Task A_command_creates_its_aggregate_and_the_next_one_changes_it()
    {
        var context = new AggregateCommandContext(_store);

        var raised = await AggregateCommands.ExecuteAsync(Stream, Raise, context);
        var accepted = await AggregateCommands.ExecuteAsync(Stream, new Accept(s_office, s_at + Duration.FromHours(1)), context, expectedVersion: 1);

        Assert.Equal(new CommandOutcome(1, 1, raised.LastPosition, 1), raised);
        Assert.Equal((2L, 1, 1), (accepted.Version, accepted.Appended, accepted.Attempts));
        Assert.Equal(DemandStatus.Accepted, (await _store.LoadAsync(Stream))!.Status);
    }

    [Fact]
    public async Task A_refused_command_throws_the_domains_exception_and_stores_nothing()
    {
        var context = new AggregateCommandContext(_store);
        await AggregateCommands.ExecuteAsync(Stream, Raise, context);

        var refused = await Assert.ThrowsAsync<DomainRuleViolationException>(() => AggregateCommands.ExecuteAsync(Stream, new Withdraw(s_office, s_at), context));

        Assert.Equal(DemandRules.ActsAsRaiser, refused.Rule);
        Assert.Single(await _store.ReadStreamAsync(Stream));
    }

    [Fact]
    public async Task A_creating_command_sent_twice_is_refused_by_its_rule_and_stores_nothing_more()
    {
        var context = new AggregateCommandContext(_store);
        await AggregateCommands.ExecuteAsync(Stream, Raise, context);

        var refused = await Assert.ThrowsAsync<DomainRuleViolationException>(() => AggregateCommands.ExecuteAsync(Stream, Raise, context));

        Assert.Equal(ClusterRules.AggregateIsCreatedOnce, refused.Rule);
        Assert.Single(await _store.ReadStreamAsync(Stream));
    }

    [Fact]
    public async Task A_write_by_someone_else_between_load_and_save_makes_the_command_decide_again_on_what_is_stored()
    {
        var context = new AggregateCommandContext(_store);
        await AggregateCommands.ExecuteAsync(Stream, Raise, context);
        var command = new AfterAnotherWriter(_store, new Withdraw(s_raiser, s_at + Duration.FromHours(2)));

        var outcome = await AggregateCommands.ExecuteAsync(Stream, command, context);

        // The other writer's acceptance stays, and the withdrawal was decided again on the accepted demand.
        Assert.Equal((3L, 1, 2), (outcome.Version, outcome.Appended, outcome.Attempts));
        Assert.Equal(
            ["DemandRaised", "DemandAccepted", "DemandWithdrawn"],
            (await _store.ReadStreamAsync(Stream)).Select(r => r.Event.GetType().Name));
    }

    [Fact]
    public async Task A_command_that_the_other_writers_change_makes_illegal_is_refused_never_merged()
    {
        var context = new AggregateCommandContext(_store);
        await AggregateCommands.ExecuteAsync(Stream, Raise, context);
        var command = new AfterAnotherWriter(_store, new Accept(s_office, s_at + Duration.FromHours(2)));

        var refused = await Assert.ThrowsAsync<DomainRuleViolationException>(() => AggregateCommands.ExecuteAsync(Stream, command, context));

        Assert.Equal(DemandRules.TransitionIsLegal, refused.Rule);
        Assert.Equal(["DemandRaised", "DemandAccepted"], (await _store.ReadStreamAsync(Stream)).Select(r => r.Event.GetType().Name));
    }

    [Fact]
    public async Task A_stream_that_keeps_moving_surfaces_the_conflict_and_stores_none_of_the_commands_events()
    {
        await AggregateCommands.ExecuteAsync(Stream, Raise, new AggregateCommandContext(_store));
        var losing = new AlwaysBeatenStore(_store);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => AggregateCommands.ExecuteAsync(Stream, new Accept(s_office, s_at), new AggregateCommandContext(losing)));

        Assert.Equal(AggregateCommands.DefaultAttempts, losing.Appends);
        Assert.Equal(Stream.ToString(), conflict.Stream);
        Assert.Single(await _store.ReadStreamAsync(Stream));
    }

    [Fact]
    public async Task A_command_at_a_version_the_stream_has_left_is_refused_without_running()
    {
        var context = new AggregateCommandContext(_store);
        await AggregateCommands.ExecuteAsync(Stream, Raise, context);
        var command = new AfterAnotherWriter(_store, new Accept(s_office, s_at));

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => AggregateCommands.ExecuteAsync(Stream, command, context, expectedVersion: 0));

        Assert.Equal((0L, 1L), (conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Equal(0, command.OtherWrites);
        Assert.Single(await _store.ReadStreamAsync(Stream));
    }

    [Fact]
    public async Task A_command_that_returns_another_streams_aggregate_stores_nothing()
    {
        var context = new AggregateCommandContext(_store);

        await Assert.ThrowsAsync<InvalidOperationException>(() => AggregateCommands.ExecuteAsync(Demand.StreamOf(new DemandId("D-0002")), Raise, context));

        Assert.Empty(await _store.ReadAllAsync(0, 10));
    }

    [Fact]
    public async Task A_command_refused_after_raising_an_event_stores_none_of_them()
    {
        var context = new AggregateCommandContext(_store);
        await AggregateCommands.ExecuteAsync(Stream, Raise, context);

        await Assert.ThrowsAsync<DomainRuleViolationException>(() => AggregateCommands.ExecuteAsync(Stream, new AcceptThenWithdrawAsOffice(s_office, s_at), context));

        Assert.Single(await _store.ReadStreamAsync(Stream));
    }

    [Fact]
    public async Task A_command_reads_another_aggregate_through_the_context_and_a_missing_one_is_refused()
    {
        var context = new AggregateCommandContext(_store);

        var missing = await Assert.ThrowsAsync<DomainRuleViolationException>(() => context.LoadAsync(Actor.StreamOf(s_raiser)));

        Assert.Equal(ClusterRules.AggregateExists, missing.Rule);
        Assert.Throws<InvalidOperationException>(() => context.ReadModels);
    }

    internal sealed record Accept(ActorId By, Instant At) : IAggregateCommand<Demand>
    {
        public ValueTask<Demand> ExecuteAsync(Demand? current, AggregateCommandContext context, CancellationToken cancellationToken)
        {
            current!.Accept(By, At, "accepted");
            return ValueTask.FromResult(current);
        }
    }

    internal sealed record Withdraw(ActorId By, Instant At) : IAggregateCommand<Demand>
    {
        public ValueTask<Demand> ExecuteAsync(Demand? current, AggregateCommandContext context, CancellationToken cancellationToken)
        {
            current!.Withdraw(By, At);
            return ValueTask.FromResult(current);
        }
    }

    internal sealed record AcceptThenWithdrawAsOffice(ActorId Office, Instant At) : IAggregateCommand<Demand>
    {
        public ValueTask<Demand> ExecuteAsync(Demand? current, AggregateCommandContext context, CancellationToken cancellationToken)
        {
            current!.Accept(Office, At, "accepted");
            current.Withdraw(Office, At);
            return ValueTask.FromResult(current);
        }
    }

    /// <summary>Runs a command, but on its first run lets another writer accept the demand before it is saved.</summary>
    private sealed class AfterAnotherWriter(IEventStore store, IAggregateCommand<Demand> command) : IAggregateCommand<Demand>
    {
        public int OtherWrites { get; private set; }

        public async ValueTask<Demand> ExecuteAsync(Demand? current, AggregateCommandContext context, CancellationToken cancellationToken)
        {
            if (OtherWrites == 0)
            {
                var other = (await store.LoadAsync(Stream, cancellationToken))!;
                other.Accept(s_office, s_at + Duration.FromHours(1), "another silo's write");
                await store.SaveAsync(other, cancellationToken);
                OtherWrites++;
            }

            return await command.ExecuteAsync(current, context, cancellationToken);
        }
    }

    /// <summary>A store whose every append loses to another writer, as a stream under constant contention would.</summary>
    private sealed class AlwaysBeatenStore(IEventStore inner) : IEventStore
    {
        public int Appends { get; private set; }

        public TenantId Tenant => inner.Tenant;

        public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(StreamName stream, CancellationToken cancellationToken = default) => inner.ReadStreamAsync(stream, cancellationToken);

        public Task<AppendResult> AppendAsync(StreamName stream, long expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken = default)
        {
            Appends++;
            throw new ConcurrencyConflictException(stream.ToString(), expectedVersion, expectedVersion + Appends);
        }

        public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default) => inner.ReadAllAsync(afterPosition, maxCount, cancellationToken);

        public IAsyncEnumerable<StreamName> ListStreamsAsync(string kind, CancellationToken cancellationToken = default) => inner.ListStreamsAsync(kind, cancellationToken);
    }
}
