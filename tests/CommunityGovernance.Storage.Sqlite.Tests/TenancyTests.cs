using CommunityGovernance.Storage;

namespace CommunityGovernance.Storage.Sqlite.Tests;

/// <summary>Tenants share one file and its positions, and nothing else.</summary>
public sealed class TenancyTests
{
    private static readonly TenantId s_wenjiang = new("510115");
    private static readonly TenantId s_pidu = new("510116");

    [Fact]
    public async Task Two_tenants_with_the_same_stream_name_read_list_and_feed_only_their_own()
    {
        using var database = new TempDatabase();
        var wenjiang = await database.OpenAsync(s_wenjiang);
        var pidu = (await database.OpenAsync()).ForTenant(s_pidu);
        var stream = Notes.Stream("N-1");

        var first = await wenjiang.AppendAsync(stream, 0, [Notes.Note("温江", 1)]);
        var second = await pidu.AppendAsync(stream, 0, Notes.Batch("郫都", 1, 2));
        await wenjiang.AppendAsync(Notes.Stream("N-2"), 0, [Notes.Note("温江", 1)]);

        Assert.Equal((1L, 2L), (first.StreamVersion, second.StreamVersion));
        Assert.Equal(s_pidu, pidu.Tenant);
        Assert.All(await wenjiang.ReadStreamAsync(stream), r => Assert.Equal("温江", ((Noted)r.Event).Writer));
        Assert.All(await pidu.ReadStreamAsync(stream), r => Assert.Equal("郫都", ((Noted)r.Event).Writer));
        Assert.Equal(["N-1", "N-2"], await wenjiang.ListStreamsAsync("note").Select(s => s.Key).ToListAsync());
        Assert.Equal(["N-1"], await pidu.ListStreamsAsync("note").Select(s => s.Key).ToListAsync());
        Assert.Equal([1L, 4L], (await wenjiang.ReadAllAsync(0, 10)).Select(r => r.Position));
        Assert.Equal([2L, 3L], (await pidu.ReadAllAsync(0, 10)).Select(r => r.Position));
        Assert.Empty(await (await database.OpenAsync()).ReadAllAsync(0, 10));
        Assert.Equal(2, database.Scalar<int>("SELECT count(DISTINCT tenant) FROM events"));
    }

    [Fact]
    public async Task A_tenants_expected_version_is_its_own_streams()
    {
        using var database = new TempDatabase();
        var wenjiang = await database.OpenAsync(s_wenjiang);
        var pidu = wenjiang.ForTenant(s_pidu);
        await wenjiang.AppendAsync(Notes.Stream("N-1"), 0, Notes.Batch("温江", 1, 3));

        await Assert.ThrowsAsync<CommunityGovernance.Kernel.ConcurrencyConflictException>(() => pidu.AppendAsync(Notes.Stream("N-1"), 3, [Notes.Note("郫都", 1)]));
        var created = await pidu.AppendAsync(Notes.Stream("N-1"), 0, [Notes.Note("郫都", 1)]);

        Assert.Equal(1, created.StreamVersion);
    }
}
