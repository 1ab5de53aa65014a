using CommunityGovernance.Kernel;
using CommunityGovernance.Storage.Marten;
using CommunityGovernance.Tests.Servers;
using JasperFx.Events;
using Marten;
using Npgsql;
using Xunit.Abstractions;

namespace CommunityGovernance.Storage.Marten.Tests;

/// <summary>The per-tenant feed lock: a replayed commit cannot escape it, and what it costs.</summary>
public sealed class FeedLockTests(PostgresServer server, ITestOutputHelper output) : PostgresTests(server)
{
    [Fact]
    public async Task A_commit_replayed_on_another_connection_than_the_locked_one_is_refused()
    {
        await using var locked = new NpgsqlConnection();
        await using var replay = new NpgsqlConnection();
        var guard = new FeedLock.Guard(locked, Appended(versions: [3, 4], sequences: [41, 42]), expectedVersion: 2);

        await guard.BeforeCommitAsync(locked, null!, CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => guard.BeforeCommitAsync(replay, null!, CancellationToken.None));
    }

    [Fact]
    public async Task A_commit_whose_events_the_server_numbered_after_another_writers_is_refused_as_a_conflict_and_one_without_positions_too()
    {
        await using var locked = new NpgsqlConnection();

        // Another writer appended one event between the version read and the append: the server numbered ours 4 and 5.
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            new FeedLock.Guard(locked, Appended(versions: [4, 5], sequences: [41, 42]), expectedVersion: 2).BeforeCommitAsync(locked, null!, CancellationToken.None));
        Assert.Equal((2, 3), (conflict.ExpectedVersion, conflict.ActualVersion));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new FeedLock.Guard(locked, Appended(versions: [3, 4], sequences: [0, 0]), expectedVersion: 2).BeforeCommitAsync(locked, null!, CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_writer_that_bypasses_the_lock_between_the_version_read_and_the_append_makes_the_append_a_conflict_that_writes_nothing()
    {
        MartenDatabase? database = null;
        var rogue = new RogueWriter(() => database!);
        database = await NewStoreAsync(configure: o => o.Listeners.Add(rogue));
        await using (database)
        {
            var store = database.Open();
            var stream = Samples.NoteStream("H-1");
            await store.AppendAsync(stream, 0, [Samples.Note("H-1", "一")]);
            rogue.Armed = true;

            var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.AppendAsync(stream, 1, [Samples.Note("H-1", "二")]));

            Assert.Equal((1, 2), (conflict.ExpectedVersion, conflict.ActualVersion));
            var rows = await database.QueryAsync("select version, data->>'text' from {schema}.mt_events order by seq_id");
            Assert.Equal([1L, 2L], rows.Select(r => (long)r[0]!));
            Assert.Equal("rogue", rows[1][1]);   // the rogue's event, not ours
        }
    }

    private static StreamAction Appended(long[] versions, long[] sequences)
    {
        var events = versions.Select((version, i) => new Event<HouseholdNoted>(Samples.Note("H-1", "一")) { Version = version, Sequence = sequences[i] }).ToArray<IEvent>();
        return StreamAction.Append("household-notes/H-1", events);
    }

    /// <summary>As a process that appends to the library's streams through Marten's tables without the feed lock, once, just as an append of ours saves.</summary>
    private sealed class RogueWriter(Func<MartenDatabase> database) : DocumentSessionListenerBase
    {
        public bool Armed { get; set; }

        public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            if (Armed)
            {
                Armed = false;
                await database().InsertEventAsync(TenantId.Default, Samples.NoteStream("H-1"), 2, "HouseholdNoted.v2", """{"occurredAt":"2026-03-02T09:00:00Z","household":"H-1","text":"rogue","author":"网格员"}""");
            }
        }
    }

    [SkippableFact]
    public async Task Appends_of_one_tenant_queue_for_the_lock_and_keep_a_useful_rate()
    {
        await using var database = await NewStoreAsync();
        var store = database.Open();
        const int Writers = 4;
        const int AppendsEach = 100;

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var stream = Samples.NoteStream($"H-{writer}");
            for (var n = 0; n < AppendsEach; n++)
            {
                await store.AppendAsync(stream, n, [Samples.Note($"H-{writer}", "一")]);
            }
        })));
        clock.Stop();

        var rate = Writers * AppendsEach / clock.Elapsed.TotalSeconds;
        output.WriteLine($"{Writers} writers, {Writers * AppendsEach} appends of one event in {clock.Elapsed.TotalMilliseconds:F0} ms: {rate:F0} appends/s");
        Assert.Equal(Writers * AppendsEach, (await store.ReadAllAsync(0, 1000)).Count);
        Assert.True(rate > 20, $"{rate:F0} appends/s");
    }
}
