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

    [Fact]
    public async Task Readers_checking_while_batches_are_applied_always_see_a_whole_batch_and_the_position_it_reflects()
    {
        // Rights granted and revoked in turn: after an odd number of events the office may set tasks, after an even one
        // it may not. Batches hold one or two events, so a reader who saw half a batch of two would see the wrong answer.
        var events = new List<DomainEvent>();
        for (var n = 0; n < 400; n++)
        {
            var id = new GovernanceRightId($"R-{n}");
            var right = GovernanceRight.Grant(id, new RightTerms(s_office, GovernancePowers.Of(GovernancePower.TaskSetting), s_heping, s_year), s_start);
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
        var right = GovernanceRight.Grant(new GovernanceRightId("R-1"), new RightTerms(s_office, GovernancePowers.All, s_heping, s_year), s_start);
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
        var right = GovernanceRight.Grant(new GovernanceRightId("R-1"), new RightTerms(s_office, GovernancePowers.All, s_heping, s_year), s_start);
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

        var right = GovernanceRight.Grant(new GovernanceRightId("R-1"), new RightTerms(s_office, GovernancePowers.All, s_heping, s_year), s_start);
        var saved = await store.SaveAsync(right);
        await runner.WaitForAsync(saved.LastPosition, TimeSpan.FromSeconds(30));

        Assert.True(live.MayExercise(s_office, GovernancePower.TaskSetting, s_heping, s_start + Duration.FromDays(1), out var position));
        Assert.Equal(saved.LastPosition, position);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    private static RecordedEvent[] Recorded(IReadOnlyList<DomainEvent> events, int from, int count) =>
        [.. Enumerable.Range(from, count).Select(i => new RecordedEvent(i + 1, s_stream, i + 1, s_start, events[i]))];
}
