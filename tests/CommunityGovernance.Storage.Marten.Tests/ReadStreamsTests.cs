using CommunityGovernance.Tests.Servers;

namespace CommunityGovernance.Storage.Marten.Tests;

/// <summary>Every stream of a kind read whole, many streams a query: what rebuilding every aggregate of a kind needs.</summary>
public sealed class ReadStreamsTests(PostgresServer server) : PostgresTests(server)
{
    [SkippableFact]
    public async Task Across_pages_of_streams_each_stream_comes_whole_in_key_order_as_read_alone_and_nothing_of_other_kinds_or_tenants()
    {
        await using var database = await NewStoreAsync();
        var store = database.Open();
        var other = database.Open(new TenantId("510104"));
        var keys = Enumerable.Range(0, 700).Select(n => $"H-{n:X3}").ToList();   // more than one page of 512
        for (var n = 0; n < keys.Count; n++)
        {
            await store.AppendAsync(Samples.NoteStream(keys[n]), 0, [.. Enumerable.Range(0, 1 + (n % 3)).Select(i => Samples.Note(keys[n], $"第{i}条"))]);
        }

        await store.AppendAsync(StreamName.Create("household-notes-archive", "H-000"), 0, [Samples.Note("H-000", "另一类")]);
        await other.AppendAsync(Samples.NoteStream("H-000"), 0, [Samples.Note("H-000", "另一个租户")]);
        await store.AppendAsync(Samples.NoteStream(keys[0]), 1, [Samples.Note(keys[0], "后来")]);   // a stream whose events are not adjacent in the feed

        var whole = new List<IReadOnlyList<RecordedEvent>>();
        await foreach (var stream in store.ReadStreamsAsync("household-notes"))
        {
            whole.Add(stream);
        }

        Assert.Equal(keys.Order(StringComparer.Ordinal), whole.Select(s => s[0].Stream.Key));
        var alone = new List<IReadOnlyList<RecordedEvent>>();
        await foreach (var stream in EventStoreExtensions.ReadStreamsOneByOneAsync(store, "household-notes"))
        {
            alone.Add(stream);
        }

        Assert.Equal(alone.Count, whole.Count);
        Assert.All(whole.Zip(alone), pair => Assert.Equal(pair.Second, pair.First));
        Assert.Equal([1L, 2L], whole[0].Select(e => e.StreamVersion));
    }
}
