using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Testing.Reliability;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Storage.Projections;

public sealed class ProjectionRunnerTests
{
    private static readonly Instant s_at = Instant.FromUtc(2026, 3, 2, 9, 0);

    public static Arbitrary<(AggregateHistory[] Histories, int[] Cuts)> Feeds() =>
        (from histories in AggregateHistories.Any
         from cuts in Gen.Choose(1, 7).ArrayOf()
         select (histories, cuts)).ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(ProjectionRunnerTests)])]
    public Property A_read_model_followed_incrementally_equals_one_rebuilt_from_scratch_at_every_checkpoint((AggregateHistory[] Histories, int[] Cuts) feed)
    {
        var store = new InMemoryEventStore(new DomainEventSerializer());
        var incremental = new Catalogue("incremental");
        var runner = new ProjectionRunner(store, [incremental], new ProjectionRunnerOptions { BatchSize = 3 });
        var appends = Appends(feed.Histories, feed.Cuts).ToList();
        foreach (var (stream, version, events) in appends)
        {
            store.AppendAsync(stream, version, events).GetAwaiter().GetResult();
            runner.CatchUpAsync().GetAwaiter().GetResult();

            var scratch = new Catalogue("scratch");
            scratch.ApplyAsync(store.ReadAllAsync(0, int.MaxValue).GetAwaiter().GetResult(), default).AsTask().GetAwaiter().GetResult();
            if (!incremental.Snapshot().SequenceEqual(scratch.Snapshot()) || incremental.Checkpoint != scratch.Checkpoint)
            {
                return false.Label($"at checkpoint {incremental.Checkpoint} the incremental read model differs from the rebuilt one");
            }
        }

        var total = appends.Sum(a => a.Events.Length);
        return (incremental.Count == total).Label($"the read model holds {incremental.Count} of {total} events")
            .And(runner.Statuses.Single().State == ProjectionState.Live).Label("caught up means live");
    }

    [Fact]
    public async Task A_failing_projection_stops_at_its_event_and_resumes_there_without_skipping_it()
    {
        var store = new InMemoryEventStore(new DomainEventSerializer());
        var stream = StreamName.Create("history", "h1");
        await store.AppendAsync(stream, 0, [Opened(), Opened(), Opened(), Opened()]);
        var healthy = new Catalogue("healthy");
        var failing = new Catalogue("failing") { FailAt = 3 };
        var runner = new ProjectionRunner(store, [failing, healthy], new ProjectionRunnerOptions { BatchSize = 2 });

        await runner.CatchUpAsync();

        var status = runner.Statuses[0];
        Assert.Equal(ProjectionState.Failed, status.State);
        Assert.Equal(3, status.Failure!.Position);
        Assert.Equal(stream, status.Failure.Stream);
        Assert.Equal(StorageRules.ProjectionAppliesEveryEvent, status.Failure.Rule);
        Assert.Equal(2, status.Checkpoint);
        Assert.Equal([1L, 2L], failing.Positions);
        Assert.Equal((ProjectionState.Live, 4L), (runner.Statuses[1].State, runner.Statuses[1].Checkpoint));

        failing.FailAt = null;
        await new ProjectionRunner(store, [failing]).CatchUpAsync();

        Assert.Equal([1L, 2L, 3L, 4L], failing.Positions);
    }

    [Fact]
    public async Task A_caller_that_has_appended_waits_until_the_running_projections_hold_its_write()
    {
        var store = new InMemoryEventStore(new DomainEventSerializer());
        var catalogue = new Catalogue("catalogue");
        var runner = new ProjectionRunner(store, [catalogue], new ProjectionRunnerOptions { PollInterval = TimeSpan.FromMinutes(5) });
        using var stop = new CancellationTokenSource();
        var running = runner.RunAsync(stop.Token);

        var written = await store.AppendAsync(StreamName.Create("history", "h1"), 0, [Opened(), Opened()]);
        await runner.WaitForAsync(written.LastPosition, TimeSpan.FromSeconds(30));

        Assert.Equal(2, catalogue.Count);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    [Fact]
    public async Task A_run_that_follows_a_catch_up_starts_where_it_ended_and_never_shows_a_live_projection_as_catching_up()
    {
        var store = new ReadWatchingStore(new InMemoryEventStore(new DomainEventSerializer()));
        await store.AppendAsync(StreamName.Create("history", "h1"), 0, [Opened(), Opened()]);
        var catalogue = new Catalogue("catalogue");
        var runner = new ProjectionRunner(store, [catalogue], new ProjectionRunnerOptions { PollInterval = TimeSpan.FromMinutes(5) });
        await runner.CatchUpAsync();
        var held = store.HoldReads();
        using var stop = new CancellationTokenSource();

        var running = runner.RunAsync(stop.Token);
        await held.WaitAsync(TimeSpan.FromSeconds(30));
        var whileReading = runner.Statuses.Single();
        store.ReleaseReads();
        var written = await store.AppendAsync(StreamName.Create("history", "h1"), 2, [Opened()]);
        await runner.WaitForAsync(written.LastPosition, TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        Assert.Equal((ProjectionState.Live, 2L), (whileReading.State, whileReading.Checkpoint));
        Assert.Equal([1L, 2L, 3L], catalogue.Positions);
    }

    [Fact]
    public async Task Waiting_for_a_position_nothing_reaches_times_out_and_a_failure_is_thrown_to_the_waiter()
    {
        var store = new InMemoryEventStore(new DomainEventSerializer());
        var failing = new Catalogue("failing") { FailAt = 1 };
        var runner = new ProjectionRunner(store, [failing]);

        await Assert.ThrowsAsync<TimeoutException>(() => runner.WaitForAsync(1, TimeSpan.FromMilliseconds(50)));

        var written = await store.AppendAsync(StreamName.Create("history", "h1"), 0, [Opened()]);
        var waiting = runner.WaitForAsync(written.LastPosition, TimeSpan.FromSeconds(30));
        await runner.CatchUpAsync();
        var failure = await Assert.ThrowsAsync<ProjectionFailedException>(() => waiting);
        Assert.Equal(1, failure.Position);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task While_the_projections_apply_a_full_batch_the_runner_reads_the_next_only_when_reading_ahead(bool readAhead)
    {
        var store = new ReadWatchingStore(new InMemoryEventStore(new DomainEventSerializer()));
        await store.AppendAsync(StreamName.Create("history", "h1"), 0, [Opened(), Opened(), Opened(), Opened(), Opened()]);
        var watcher = new ReadWatcher("watcher", store, readWait: readAhead ? 10 : 0.3);   // long enough for a thread of a busy pool
        var runner = new ProjectionRunner(store, [watcher], new ProjectionRunnerOptions { BatchSize = 2, ReadAhead = readAhead });

        await runner.CatchUpAsync();

        Assert.Equal([1L, 2L, 3L, 4L, 5L], watcher.Positions);
        Assert.Equal(readAhead, watcher.SawAReadWhileApplying);
        Assert.Equal(ProjectionState.Live, runner.Statuses[0].State);
    }

    [Fact]
    public async Task An_unreadable_event_in_a_batch_read_ahead_stops_the_catch_up_as_it_would_have_unread()
    {
        var store = new ReadWatchingStore(new InMemoryEventStore(new DomainEventSerializer())) { FailReadsAfter = 2 };
        await store.AppendAsync(StreamName.Create("history", "h1"), 0, [Opened(), Opened(), Opened(), Opened(), Opened()]);
        var catalogue = new Catalogue("catalogue");
        var runner = new ProjectionRunner(store, [catalogue], new ProjectionRunnerOptions { BatchSize = 2 });

        await Assert.ThrowsAsync<StoredEventUnreadableException>(() => runner.CatchUpAsync());

        Assert.Equal([1L, 2L], catalogue.Positions);
        Assert.Equal(2, runner.Statuses[0].Checkpoint);
    }

    [Fact]
    public void Two_projections_of_one_name_are_refused()
    {
        var refused = Assert.Throws<DomainRuleViolationException>(() =>
            new ProjectionRunner(new InMemoryEventStore(), [new Catalogue("same"), new Catalogue("same")]));

        Assert.Equal(StorageRules.ProjectionNamesAreUnique, refused.Rule);
    }

    private static DomainEvent Opened() => new ParticipationProfileOpened(
        new ActorId("A-1"), CommunityUnit.Administrative(AreaCode.Parse("510115001001")), s_at);

    // Each history becomes a stream; its events are appended in pieces whose sizes the cuts give, streams interleaved.
    private static IEnumerable<(StreamName Stream, long Version, DomainEvent[] Events)> Appends(AggregateHistory[] histories, int[] cuts)
    {
        var cursors = new int[histories.Length];
        var cut = 0;
        var remaining = true;
        while (remaining)
        {
            remaining = false;
            for (var h = 0; h < histories.Length; h++)
            {
                var events = histories[h].Events;
                if (cursors[h] >= events.Count)
                {
                    continue;
                }

                var size = Math.Min(cuts.Length == 0 ? events.Count : cuts[cut++ % cuts.Length], events.Count - cursors[h]);
                yield return (StreamName.Create("history", $"h{h}"), cursors[h], [.. events.Skip(cursors[h]).Take(size)]);
                cursors[h] += size;
                remaining |= cursors[h] < events.Count;
            }
        }
    }

    /// <summary>A store that counts the feed reads started, and can fail the feed reads after a position.</summary>
    private sealed class ReadWatchingStore(InMemoryEventStore inner) : IEventStore
    {
        private int _reads;
        private TaskCompletionSource? _entered;
        private TaskCompletionSource? _released;

        public long? FailReadsAfter { get; init; }

        /// <summary>Holds the next feed reads until <see cref="ReleaseReads"/>; the task completes when one is held.</summary>
        public Task HoldReads()
        {
            _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _entered.Task;
        }

        public void ReleaseReads() => _released?.TrySetResult();

        public int ReadsStarted => Volatile.Read(ref _reads);

        public TenantId Tenant => inner.Tenant;

        public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(StreamName stream, CancellationToken cancellationToken = default) => inner.ReadStreamAsync(stream, cancellationToken);

        public Task<AppendResult> AppendAsync(StreamName stream, long expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken = default) =>
            inner.AppendAsync(stream, expectedVersion, events, cancellationToken);

        public async Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _reads);
            await Task.Yield();
            if (_released is { } released)
            {
                _entered?.TrySetResult();
                await released.Task.WaitAsync(cancellationToken);
            }

            if (afterPosition >= FailReadsAfter)
            {
                throw new StoredEventUnreadableException(StreamName.Create("history", "h1"), afterPosition + 1, "Opened", "a planted fault.");
            }

            return await inner.ReadAllAsync(afterPosition, maxCount, cancellationToken);
        }

        public IAsyncEnumerable<StreamName> ListStreamsAsync(string kind, CancellationToken cancellationToken = default) => inner.ListStreamsAsync(kind, cancellationToken);
    }

    /// <summary>A read model that looks, while it applies the first event, whether the store has started reading the next batch.</summary>
    private sealed class ReadWatcher(string name, ReadWatchingStore store, double readWait) : InMemoryProjection(name)
    {
        public List<long> Positions { get; } = [];

        public bool SawAReadWhileApplying { get; private set; }

        protected override void When(RecordedEvent recorded)
        {
            // The first batch's read has started; a second one started before the first batch is applied is the next
            // batch, read ahead.
            var until = DateTime.UtcNow + TimeSpan.FromSeconds(readWait);
            while (!SawAReadWhileApplying && recorded.Position == 1 && DateTime.UtcNow < until)
            {
                SawAReadWhileApplying |= store.ReadsStarted >= 2;
                Thread.Sleep(1);
            }

            Positions.Add(recorded.Position);
        }
    }

    /// <summary>A read model of what the feed holds: per stream, its events' positions, versions and types.</summary>
    private sealed class Catalogue(string name) : InMemoryProjection(name)
    {
        private readonly SortedDictionary<string, List<(long Position, long Version, string Type)>> _streams = new(StringComparer.Ordinal);

        public long? FailAt { get; set; }

        public List<long> Positions { get; } = [];

        public int Count => Positions.Count;

        public IEnumerable<string> Snapshot() =>
            _streams.SelectMany(s => s.Value.Select(e => $"{s.Key} {e.Position} v{e.Version} {e.Type}"));

        protected override void When(RecordedEvent recorded)
        {
            if (recorded.Position == FailAt)
            {
                throw new InvalidOperationException("This projection cannot apply the event (a test's planted failure).");
            }

            if (!_streams.TryGetValue(recorded.Stream.ToString(), out var events))
            {
                _streams.Add(recorded.Stream.ToString(), events = []);
            }

            events.Add((recorded.Position, recorded.StreamVersion, recorded.Event.GetType().Name));
            Positions.Add(recorded.Position);
        }
    }
}
