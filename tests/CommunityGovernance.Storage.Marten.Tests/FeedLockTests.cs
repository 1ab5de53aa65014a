using CommunityGovernance.Storage.Marten;
using CommunityGovernance.Tests.Servers;
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
        var guard = new FeedLock.Guard(locked);

        await guard.BeforeCommitAsync(locked, null!, CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => guard.BeforeCommitAsync(replay, null!, CancellationToken.None));
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
