using CommunityGovernance.Kernel;
using CommunityGovernance.Tests.Servers;

namespace CommunityGovernance.Storage.Marten.Tests;

/// <summary>
/// Marten's bulk import under the store's guard: it waits for the tenant's feed lock like an append, a cancellation at
/// any moment leaves all or nothing, and personal data reaches the table only encrypted.
/// </summary>
public sealed class ImportTests(PostgresServer server) : PostgresTests(server)
{
    [SkippableFact]
    public async Task An_import_waits_for_the_feed_lock_and_one_cancelled_while_it_waits_writes_nothing()
    {
        await using var database = await NewStoreAsync();
        var store = database.Open();
        NewStream[] streams = [new(Samples.NoteStream("H-1"), [Samples.Note("H-1", "一")]), new(Samples.NoteStream("H-2"), [Samples.Note("H-2", "二")])];

        await using (var holder = await FeedLocks.HoldAsync(database, store.Tenant))
        {
            using var cancellation = new CancellationTokenSource();
            var import = store.ImportAsync(streams, cancellation.Token);
            await FeedLocks.WaitingBackendAsync(database);
            Assert.False(import.IsCompleted);
            await cancellation.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => import);
        }

        Assert.Empty(await store.ReadAllAsync(0, 10));
        Assert.Equal(2, (await store.ImportAsync(streams)).Events);
        Assert.Equal(2, (await store.AppendAsync(Samples.NoteStream("H-1"), 1, [Samples.Note("H-1", "三")])).StreamVersion);
    }

    [SkippableFact]
    public async Task An_import_cancelled_in_the_middle_of_marten_s_copy_stores_nothing()
    {
        const int Streams = 20_000;
        await using var database = await NewStoreAsync();
        var store = database.Open();
        await store.SaveAsync(Samples.Office());
        NewStream[] streams = [.. Enumerable.Range(0, Streams).Select(n => new NewStream(Samples.NoteStream($"H-{n:D5}"), [Samples.Note($"H-{n:D5}", "一"), Samples.Note($"H-{n:D5}", "二")]))];
        using var cancellation = new CancellationTokenSource();

        var import = store.ImportAsync(streams, cancellation.Token);
        var copying = false;
        while (!copying && !import.IsCompleted)
        {
            copying = (long)(await database.QueryAsync("select count(*) from pg_stat_activity where state = 'active' and query like 'COPY %mt_events%'")).Single()[0]! > 0;
        }

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => import);

        Assert.True(copying, "the import finished before Marten's COPY of the events was seen; the test cancelled nothing in the middle");
        Assert.Single(await store.ReadAllAsync(0, 10));
        Assert.Equal(1L, (long)(await database.QueryAsync("select count(*) from {schema}.mt_streams")).Single()[0]!);
        Assert.Equal(2, (await store.ImportAsync(streams[..1])).Events);
    }

    [SkippableFact]
    public async Task An_imported_residents_identity_number_name_and_phone_never_reach_mt_events_in_clear()
    {
        await using var database = await NewStoreAsync();
        var store = database.Open();
        var resident = Samples.Resident("R-1", "王伟", "11010519491231002X", "13800000000");
        await store.ImportAsync(new AggregateImport().Add(resident));

        var data = (string)(await database.QueryAsync("select data::text from {schema}.mt_events where stream_id = 'actor/R-1'")).Single()[0]!;

        Assert.DoesNotContain("王伟", data, StringComparison.Ordinal);
        Assert.DoesNotContain("11010519491231002X", data, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000000", data, StringComparison.Ordinal);
        Assert.Contains("aes-256-gcm", data, StringComparison.Ordinal);
        Assert.Equal("王伟", (await store.LoadAsync(resident.Stream))!.Resident!.Name.Value);
    }
}
