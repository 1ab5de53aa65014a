using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Testing.Rights;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Rights.Live;

public sealed class LiveGovernanceRightsIndexTests
{
    private static readonly Instant s_start = Instant.FromUtc(2026, 1, 1, 0, 0);
    private static readonly NodaTime.Interval s_year = new(s_start, Instant.FromUtc(2027, 1, 1, 0, 0));
    private static readonly ActorId s_office = new("JD-510115001");
    private static readonly CommunityUnit s_heping = CommunityUnit.Administrative(AreaCode.Parse("510115001001"));
    private static readonly StreamName s_stream = GovernanceRight.StreamOf(new GovernanceRightId("R")).Name;

    public static Arbitrary<(RightsScenario Scenario, int[] Cuts)> Feeds() =>
        (from scenario in RightsGenerators.Scenario
         from cuts in Gen.Choose(1, 9).ArrayOf()
         select (scenario, cuts)).ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(LiveGovernanceRightsIndexTests)])]
    public Property Followed_batch_by_batch_it_answers_as_an_index_built_from_the_same_events_at_every_position((RightsScenario Scenario, int[] Cuts) feed)
    {
        var events = feed.Scenario.Events;
        var live = new LiveGovernanceRightsIndex();
        var applied = 0;
        var cut = 0;
        while (applied < events.Count)
        {
            var size = Math.Min(feed.Cuts.Length == 0 ? events.Count : feed.Cuts[cut++ % feed.Cuts.Length], events.Count - applied);
            live.ApplyAsync(Recorded(events, applied, size), default).AsTask().GetAwaiter().GetResult();
            applied += size;

            var reference = GovernanceRightsIndex.Build(events.Take(applied));
            foreach (var query in feed.Scenario.Queries)
            {
                if (live.MayExercise(query.Actor, query.Power, query.Unit, query.At, out var position) != reference.MayExercise(query.Actor, query.Power, query.Unit, query.At) || position != applied)
                {
                    return false.Label($"after {applied} events the live index answers {query} differently, or at position {position}");
                }

                if (live.PowersOver(query.Actor, query.Unit, query.At) != reference.PowersOver(query.Actor, query.Unit, query.At))
                {
                    return false.Label($"after {applied} events the live index gives other powers for {query}");
                }
            }
        }

        return (live.Position == events.Count).Label("it reflects every event");
    }

    public static Arbitrary<(RightsScenario Scenario, int CaughtUp, int[] Cuts, bool Copied)> CatchUps() =>
        (from scenario in RightsGenerators.Scenario
         from caughtUp in Gen.Choose(0, 100)
         from cuts in Gen.Choose(1, 9).ArrayOf()
         from copied in Gen.Elements(true, false)
         select (scenario, caughtUp, cuts, copied)).ToArbitrary();

    // A catch-up applies the events to one copy and brings the other up at its end, by copying or by applying its
    // backlog; both copies must then answer alike, which the batches that follow show, each flipping readers over.
    [ScaledProperty(Arbitrary = [typeof(LiveGovernanceRightsIndexTests)])]
    public Property Caught_up_in_one_go_then_followed_batch_by_batch_it_answers_as_an_index_built_from_the_same_events((RightsScenario Scenario, int CaughtUp, int[] Cuts, bool Copied) feed)
    {
        var events = feed.Scenario.Events;
        var live = new LiveGovernanceRightsIndex { BacklogLimit = feed.Copied ? -1_000_000 : 1_000_000 };
        var caughtUp = events.Count * feed.CaughtUp / 100;
        live.CatchingUpAsync(default).AsTask().GetAwaiter().GetResult();
        for (var applied = 0; applied < caughtUp;)
        {
            var size = Math.Min(feed.Cuts.Length == 0 ? caughtUp : feed.Cuts[applied % feed.Cuts.Length], caughtUp - applied);
            live.ApplyAsync(Recorded(events, applied, size), default).AsTask().GetAwaiter().GetResult();
            applied += size;
            if (live.Position != 0)
            {
                return false.Label($"during the catch-up readers saw position {live.Position}");
            }
        }

        live.CaughtUpAsync(default).AsTask().GetAwaiter().GetResult();
        for (var applied = caughtUp; ;)
        {
            var reference = GovernanceRightsIndex.Build(events.Take(applied));
            foreach (var query in feed.Scenario.Queries)
            {
                if (live.MayExercise(query.Actor, query.Power, query.Unit, query.At, out var position) != reference.MayExercise(query.Actor, query.Power, query.Unit, query.At) || position != applied
                    || live.PowersOver(query.Actor, query.Unit, query.At) != reference.PowersOver(query.Actor, query.Unit, query.At)
                    || live.Explain(query.Actor, query.Power, query.Unit, query.At) != reference.Explain(query.Actor, query.Power, query.Unit, query.At))
                {
                    return false.Label($"caught up to {caughtUp} ({(feed.Copied ? "copied" : "backlog applied")}), after {applied} events the live index answers {query} differently, or at position {position}");
                }
            }

            if (applied == events.Count)
            {
                return true.ToProperty();
            }

            var size = Math.Min(1 + (applied % 3), events.Count - applied);
            live.ApplyAsync(Recorded(events, applied, size), default).AsTask().GetAwaiter().GetResult();
            applied += size;
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Both_copies_know_the_hierarchy_and_the_revocations_after_a_catch_up(bool copied)
    {
        var store = new InMemoryEventStore();
        var wenjiang = CommunityGovernance.Communities.Hierarchy.District.Establish(AreaCode.Parse("510115"), "温江区", s_start);
        wenjiang.EstablishStreet(AreaCode.Parse("510115001"), "柳城街道", s_start);
        wenjiang.EstablishCommunity(AdministrativeCommunityId.Parse("510115001001"), "和平社区", s_start);
        await store.SaveAsync(wenjiang);
        var right = GovernanceRight.Grant(new GovernanceRightId("R-1"), new RightTerms(s_office, GovernancePowers.All, CommunityUnit.Administrative(AreaCode.Parse("510115001")), s_year), EverythingExists.Directory, s_start);
        right.Revoke(right.Id, s_start + Duration.FromDays(10));
        await store.SaveAsync(right);
        var live = new LiveGovernanceRightsIndex { BacklogLimit = copied ? -1_000_000 : 1_000_000 };
        var runner = new ProjectionRunner(store, [live], new ProjectionRunnerOptions { BatchSize = 2 });
        await runner.CatchUpAsync();
        var nowhere = CommunityUnit.Administrative(AdministrativeCommunityId.Parse("510115001999"));

        for (var flip = 0; flip < 2; flip++)   // each batch after the catch-up flips readers to the other copy
        {
            Assert.Equal(RightsRefusal.UnitOutsideHierarchy, live.Explain(s_office, GovernancePower.TaskSetting, nowhere, s_start + Duration.FromDays(1)).Refusal);
            var revoked = live.Explain(s_office, GovernancePower.TaskSetting, s_heping, s_start + Duration.FromDays(11));
            Assert.Equal((RightsRefusal.Revoked, new GovernanceRightId("R-1")), (revoked.Refusal, revoked.RevokedWith));
            await store.SaveAsync(GovernanceRight.Grant(new GovernanceRightId($"OTHER-{flip}"), new RightTerms(new ActorId("other"), GovernancePowers.All, s_heping, s_year), EverythingExists.Directory, s_start));
            await runner.CatchUpAsync();
        }
    }

    [Fact]
    public async Task Under_a_runner_readers_see_the_position_before_a_catch_up_until_it_ends_and_then_its_end()
    {
        var store = new InMemoryEventStore();
        for (var n = 0; n < 12; n++)
        {
            await store.SaveAsync(GovernanceRight.Grant(new GovernanceRightId($"R-{n}"), new RightTerms(s_office, GovernancePowers.All, s_heping, s_year), EverythingExists.Directory, s_start));
        }

        var live = new LiveGovernanceRightsIndex { BacklogLimit = -1_000_000 };   // copy, not apply, at the end
        var seen = new PositionWatcher(live);
        var runner = new ProjectionRunner(store, [live, seen], new ProjectionRunnerOptions { BatchSize = 5 });
        var waiting = runner.WaitForAsync(12, TimeSpan.FromSeconds(30));

        await runner.CatchUpAsync();
        await waiting;

        Assert.All(seen.Positions.Take(seen.Positions.Count - 1), p => Assert.Equal(0, p));   // the catch-up's full batches
        Assert.Equal(12, live.Position);
        Assert.True(live.MayExercise(s_office, GovernancePower.TaskSetting, s_heping, s_start + Duration.FromDays(1)));
        Assert.Equal(12, runner.Statuses[0].Checkpoint);
    }

    [Fact]
    public async Task An_event_refused_during_a_catch_up_fails_the_projection_there_and_readers_see_everything_before_it()
    {
        var store = new InMemoryEventStore();
        for (var n = 0; n < 6; n++)
        {
            await store.SaveAsync(GovernanceRight.Grant(new GovernanceRightId($"R-{n}"), new RightTerms(s_office, GovernancePowers.All, s_heping, s_year), EverythingExists.Directory, s_start));
        }

        var refused = await store.AppendAsync(GovernanceRight.StreamOf(new GovernanceRightId("NEVER-GRANTED")).Name, 0, [new GovernanceRightRevoked(s_start + Duration.FromHours(1), new GovernanceRightId("NEVER-GRANTED"), new EquatableArray<GovernanceRightId>([new GovernanceRightId("NEVER-GRANTED")]))]);
        await store.SaveAsync(GovernanceRight.Grant(new GovernanceRightId("R-LATE"), new RightTerms(s_office, GovernancePowers.All, s_heping, s_year), EverythingExists.Directory, s_start));
        var live = new LiveGovernanceRightsIndex();
        var runner = new ProjectionRunner(store, [live], new ProjectionRunnerOptions { BatchSize = 2 });

        await runner.CatchUpAsync();

        Assert.Equal(ProjectionState.Failed, runner.Statuses[0].State);
        Assert.Equal(refused.LastPosition, runner.Statuses[0].Failure!.Position);
        Assert.Equal(refused.LastPosition - 1, live.Position);
        Assert.Equal(refused.LastPosition - 1, runner.Statuses[0].Checkpoint);
        await Assert.ThrowsAsync<ProjectionFailedException>(() => runner.WaitForAsync(refused.LastPosition, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Readers_checking_while_batches_are_applied_always_see_a_whole_batch_and_the_position_it_reflects()
    {
        // Rights granted and revoked in turn: after an odd number of events the office may set tasks, after an even one
        // it may not. Batches hold one or two events, so a reader who saw half a batch of two would see the wrong answer.
        var events = new List<DomainEvent>();
        for (var n = 0; n < 400; n++)
        {
            var id = new GovernanceRightId($"R-{n}");
            var right = GovernanceRight.Grant(id, new RightTerms(s_office, GovernancePowers.Of(GovernancePower.TaskSetting), s_heping, s_year), EverythingExists.Directory, s_start);
            right.Revoke(id, s_start + Duration.FromMinutes(1));
            events.AddRange(right.PendingEvents);
        }

        var live = new LiveGovernanceRightsIndex();
        var at = s_start + Duration.FromDays(1);
        using var done = new CancellationTokenSource();
        var mismatches = 0L;
        var checks = 0L;
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                var may = live.MayExercise(s_office, GovernancePower.TaskSetting, s_heping, at, out var position);
                Interlocked.Increment(ref checks);
                if (may != (position % 2 == 1))
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        })).ToArray();

        while (Interlocked.Read(ref checks) < 1_000)
        {
            await Task.Delay(1);
        }

        var checksBefore = Interlocked.Read(ref checks);
        for (var applied = 0; applied < events.Count;)
        {
            var size = applied % 3 == 0 ? 1 : 2;
            await live.ApplyAsync(Recorded(events, applied, Math.Min(size, events.Count - applied)), default);
            applied += size;
            if (applied % 40 < 2)
            {
                await Task.Delay(1); // Let the readers run between batches as well as during them.
            }
        }

        await done.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Equal(0, mismatches);
        Assert.True(checks > checksBefore, "the readers checked while the batches were applied");
        Assert.Equal(events.Count, live.Position);
    }

    [Fact]
    public async Task An_event_it_refuses_fails_the_projection_there_and_the_index_keeps_answering_from_before_it()
    {
        var right = GovernanceRight.Grant(new GovernanceRightId("R-1"), new RightTerms(s_office, GovernancePowers.All, s_heping, s_year), EverythingExists.Directory, s_start);
        var events = right.PendingEvents.ToList();
        events.Add(new GovernanceRightRevoked(s_start + Duration.FromHours(1), new GovernanceRightId("NEVER-GRANTED"), new EquatableArray<GovernanceRightId>([new GovernanceRightId("NEVER-GRANTED")])));
        var live = new LiveGovernanceRightsIndex();

        var failure = await Assert.ThrowsAsync<ProjectionFailedException>(() => live.ApplyAsync(Recorded(events, 0, 2), default).AsTask());

        Assert.Equal(2, failure.Position);
        Assert.Equal(1, live.Position);
        Assert.True(live.MayExercise(s_office, GovernancePower.TaskSetting, s_heping, s_start + Duration.FromDays(1)));
    }

    [Fact]
    public async Task A_check_allocates_nothing()
    {
        var right = GovernanceRight.Grant(new GovernanceRightId("R-1"), new RightTerms(s_office, GovernancePowers.All, s_heping, s_year), EverythingExists.Directory, s_start);
        var live = new LiveGovernanceRightsIndex();
        await live.ApplyAsync(Recorded([.. right.PendingEvents], 0, 1), default);
        var at = s_start + Duration.FromDays(1);
        live.MayExercise(s_office, GovernancePower.TaskSetting, s_heping, at);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var allowed = 0;
        for (var i = 0; i < 1_000; i++)
        {
            allowed += live.MayExercise(s_office, GovernancePower.TaskSetting, s_heping, at, out _) ? 1 : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1_000, allowed);
    }

    [Fact]
    public async Task Under_a_runner_a_caller_reads_its_own_delegation()
    {
        var store = new InMemoryEventStore();
        var live = new LiveGovernanceRightsIndex();
        var runner = new ProjectionRunner(store, [live], new ProjectionRunnerOptions { PollInterval = TimeSpan.FromMinutes(5) });
        using var stop = new CancellationTokenSource();
        var running = runner.RunAsync(stop.Token);

        var right = GovernanceRight.Grant(new GovernanceRightId("R-1"), new RightTerms(s_office, GovernancePowers.All, s_heping, s_year), EverythingExists.Directory, s_start);
        var saved = await store.SaveAsync(right);
        await runner.WaitForAsync(saved.LastPosition, TimeSpan.FromSeconds(30));

        Assert.True(live.MayExercise(s_office, GovernancePower.TaskSetting, s_heping, s_start + Duration.FromDays(1), out var position));
        Assert.Equal(saved.LastPosition, position);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    /// <summary>A read model that notes, at each batch, the position the live index's readers see.</summary>
    private sealed class PositionWatcher(LiveGovernanceRightsIndex live) : InMemoryProjection("watcher")
    {
        public List<long> Positions { get; } = [];

        public override string ToString() => string.Join(", ", Positions);

        protected override void When(RecordedEvent recorded) => Positions.Add(live.Position);
    }

    private static RecordedEvent[] Recorded(IReadOnlyList<DomainEvent> events, int from, int count) =>
        [.. Enumerable.Range(from, count).Select(i => new RecordedEvent(i + 1, s_stream, i + 1, s_start, events[i]))];
}
