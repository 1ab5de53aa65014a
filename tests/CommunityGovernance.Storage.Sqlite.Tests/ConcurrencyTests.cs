using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;

namespace CommunityGovernance.Storage.Sqlite.Tests;

/// <summary>Writers on one file, in tasks of one store and through several store instances, and a reader of the feed among them.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Two_store_instances_writing_one_stream_lose_and_double_nothing()
    {
        const int entriesEach = 40;
        using var database = new TempDatabase();
        var pooled = await database.OpenAsync();
        var unpooled = await SqliteEventStore.OpenAsync(new SqliteEventStoreOptions { ConnectionString = $"Data Source={database.Path};Pooling=False", Serializer = database.Serializer });
        var stream = Notes.Stream("shared");
        var conflicts = 0;

        async Task Write(IEventStore store, string writer)
        {
            for (var sequence = 1; sequence <= entriesEach; sequence++)
            {
                while (true)
                {
                    var version = (await store.ReadStreamAsync(stream)).Count;
                    try
                    {
                        await store.AppendAsync(stream, version, [Notes.Note(writer, sequence)]);
                        break;
                    }
                    catch (ConcurrencyConflictException conflict)
                    {
                        Assert.Equal(version, conflict.ExpectedVersion);
                        Assert.True(conflict.ActualVersion > version);
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        }

        await Task.WhenAll(
            Task.Run(() => Write(pooled, "a")),
            Task.Run(() => Write(unpooled, "b")),
            Task.Run(() => Write(pooled, "c")),
            Task.Run(() => Write(unpooled, "d")));

        var read = await pooled.ReadStreamAsync(stream);
        Assert.Equal(4 * entriesEach, read.Count);
        Assert.Equal(Enumerable.Range(1, read.Count).Select(v => (long)v), read.Select(r => r.StreamVersion));
        foreach (var writer in read.Select(r => (Noted)r.Event).GroupBy(n => n.Writer))
        {
            Assert.Equal(Enumerable.Range(1, entriesEach), writer.Select(n => n.Sequence));
        }

        Assert.Equal(read, await unpooled.ReadStreamAsync(stream));
    }

    [Fact]
    public async Task Many_tasks_appending_to_their_own_streams_through_one_store_all_land()
    {
        const int writers = 12;
        const int appendsEach = 15;
        using var database = new TempDatabase();
        var store = await database.OpenAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var appended = new List<AppendResult>();
            for (var n = 0; n < appendsEach; n++)
            {
                appended.Add(await store.AppendAsync(Notes.Stream($"W-{w:D2}"), n * 2, Notes.Batch($"w{w}", (n * 2) + 1, 2)));
            }

            return appended;
        })));

        var feed = await store.ReadFeedAsync(batchSize: 50).ToListAsync();
        Assert.Equal(writers * appendsEach * 2, feed.Count);
        Assert.Equal(feed.Select(r => r.Position).Order(), feed.Select(r => r.Position));
        Assert.Equal(feed.Count, feed.Select(r => r.Position).Distinct().Count());
        Assert.All(results, r => Assert.Equal(Enumerable.Range(1, appendsEach).Select(n => (long)n * 2), r.Select(a => a.StreamVersion)));
        Assert.Equal(results.SelectMany(r => r).Select(a => a.LastPosition).Order(), feed.Where(e => e.StreamVersion % 2 == 0).Select(e => e.Position));
    }

    [Fact]
    public async Task A_feed_reader_never_finds_an_event_behind_a_position_it_has_seen()
    {
        const int writers = 4;
        const int appendsEach = 40;
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var reader = await database.OpenAsync();
        using var done = new CancellationTokenSource();
        var appended = new System.Collections.Concurrent.ConcurrentBag<(StreamName Stream, long Version, long Position)>();

        var writing = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var stream = Notes.Stream($"W-{w}");
            var version = 0L;
            for (var n = 0; n < appendsEach; n++)
            {
                var count = 1 + ((w + n) % 3);
                var result = await store.AppendAsync(stream, version, Notes.Batch($"w{w}", (int)version + 1, count));
                version = result.StreamVersion;
                appended.Add((stream, version, result.LastPosition));
            }
        })).ToArray();

        var seen = new List<RecordedEvent>();
        var polls = 0;
        var reading = Task.Run(async () =>
        {
            var highWater = 0L;
            while (true)
            {
                var finished = done.IsCancellationRequested;

                // As a projection reads: a small batch after its high-water mark.
                var batch = await reader.ReadAllAsync(highWater, 1 + (polls % 7));
                foreach (var recorded in batch)
                {
                    Assert.True(recorded.Position > highWater, $"position {recorded.Position} came after high-water mark {highWater}");
                    highWater = recorded.Position;
                    seen.Add(recorded);
                }

                // And now and then from the start: everything up to the mark must be exactly what was seen.
                if (++polls % 10 == 0)
                {
                    var again = await reader.ReadFeedAsync(0, batchSize: 64).TakeWhile(r => r.Position <= highWater).ToListAsync();
                    Assert.Equal(seen.Select(r => r.Position), again.Select(r => r.Position));
                }

                if (finished && batch.Count == 0)
                {
                    return;
                }
            }
        });

        await Task.WhenAll(writing);
        await done.CancelAsync();
        await reading;

        var feed = await store.ReadFeedAsync().ToListAsync();
        Assert.Equal(feed, seen);
        Assert.Equal(feed.Count, feed.Select(r => (r.Stream, r.StreamVersion)).Distinct().Count());
        Assert.Equal(appended.Select(a => a.Position).Order(), feed.Where(r => appended.Contains((r.Stream, r.StreamVersion, r.Position))).Select(r => r.Position));
        Assert.Equal(Enumerable.Range(0, writers).Sum(w => Enumerable.Range(0, appendsEach).Sum(n => 1 + ((w + n) % 3))), feed.Count);
        Assert.True(polls > 10, $"the reader polled only {polls} times");
    }
}
