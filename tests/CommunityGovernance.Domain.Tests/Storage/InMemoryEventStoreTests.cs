using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Storage;

public sealed class InMemoryEventStoreTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 30, 8, 0);

    private static InMemoryEventStore NewStore() => new(new DomainEventSerializer(vendorAssemblies: [typeof(Ledger).Assembly]));

    [Fact]
    public async Task A_saved_aggregate_is_rebuilt_equal_from_its_stream()
    {
        var store = NewStore();
        var ledger = Ledger.Open(At);
        ledger.Record("a", 1, At);
        await store.SaveAsync(ledger);
        ledger.Record("a", 2, At);
        await store.SaveAsync(ledger);

        var rebuilt = (await store.LoadAsync(Ledger.StreamOf("1")))!;

        Assert.Equal(3, rebuilt.Version);
        Assert.Equal(2, rebuilt.Entries);
        Assert.Equal(3, rebuilt.NextSequenceOf("a"));
        Assert.Empty(ledger.PendingEvents);
    }

    [Fact]
    public async Task Saving_against_a_stale_version_fails_and_appends_nothing()
    {
        var store = NewStore();
        await store.SaveAsync(Ledger.Open(At));
        var first = (await store.LoadAsync(Ledger.StreamOf("1")))!;
        var second = (await store.LoadAsync(Ledger.StreamOf("1")))!;
        first.Record("a", 1, At);
        second.Record("b", 1, At);
        await store.SaveAsync(first);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(second));

        Assert.Equal(KernelRules.StreamVersionMatches, conflict.Rule);
        Assert.Equal((1L, 2L), (conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Equal(2, (await store.ReadStreamAsync(Ledger.StreamOf("1"))).Count);
        Assert.Single(second.PendingEvents);
    }

    [Fact]
    public async Task Concurrent_writers_on_one_stream_lose_and_duplicate_no_event()
    {
        const int writers = 4;
        const int entriesEach = 60;
        var store = NewStore();
        await store.SaveAsync(Ledger.Open(At));
        var conflicts = 0;

        using var start = new Barrier(writers);
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var writer = $"w{w}";
            start.SignalAndWait();
            for (var sequence = 1; sequence <= entriesEach; sequence++)
            {
                while (true)
                {
                    var ledger = (await store.LoadAsync(Ledger.StreamOf("1")))!;
                    ledger.Record(writer, sequence, At);
                    try
                    {
                        await store.SaveAsync(ledger);
                        break;
                    }
                    catch (ConcurrencyConflictException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        }));
        await Task.WhenAll(tasks);

        var entries = (await store.ReadStreamAsync(Ledger.StreamOf("1"))).Select(r => r.Event).OfType<EntryRecorded>().ToList();
        Assert.Equal(writers * entriesEach, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => (e.Writer, e.Sequence)).Distinct().Count());
        foreach (var byWriter in entries.GroupBy(e => e.Writer))
        {
            Assert.Equal(Enumerable.Range(1, entriesEach), byWriter.Select(e => e.Sequence));
        }

        Assert.Equal(1 + (writers * entriesEach), (await store.LoadAsync(Ledger.StreamOf("1")))!.Version);
    }
}
