using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Storage;

/// <summary>Any sequence of appends, fresh and stale, leaves the store as a list per stream would be, with a feed in append order.</summary>
public sealed class InMemoryEventStoreModelTests
{
    private static readonly Instant s_at = Instant.FromUtc(2026, 3, 2, 9, 0);

    /// <summary>An append to stream <see cref="Stream"/>, at the stream's version plus <see cref="Skew"/>, of <see cref="Count"/> events.</summary>
    public sealed record Append(int Stream, int Skew, int Count);

    public static Arbitrary<Append[]> Appends() =>
        (from stream in Gen.Choose(0, 2)
         from skew in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Constant(-1)), (1, Gen.Constant(1)))
         from count in Gen.Choose(1, 3)
         select new Append(stream, skew, count)).ArrayOf().ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(InMemoryEventStoreModelTests)])]
    public Property The_store_agrees_with_a_list_per_stream(Append[] appends)
    {
        var store = new InMemoryEventStore(new DomainEventSerializer(vendorAssemblies: [typeof(Ledger).Assembly]));
        var model = new List<EntryRecorded>[3];
        for (var s = 0; s < model.Length; s++)
        {
            model[s] = [];
        }

        var feed = new List<EntryRecorded>();
        var sequence = 0;
        foreach (var append in appends)
        {
            var expected = model[append.Stream].Count + append.Skew;
            var events = Enumerable.Range(0, append.Count).Select(_ => new EntryRecorded(s_at, $"s{append.Stream}", ++sequence)).ToArray();
            try
            {
                store.AppendAsync(Ledger.StreamOf($"L{append.Stream}"), expected, events).GetAwaiter().GetResult();
                if (append.Skew != 0)
                {
                    return false.Label($"an append at version {expected} of a stream at {model[append.Stream].Count} was accepted");
                }

                model[append.Stream].AddRange(events);
                feed.AddRange(events);
            }
            catch (Exception e) when (e is ConcurrencyConflictException or DomainRuleViolationException)
            {
                if (append.Skew == 0)
                {
                    return false.Label($"an append at the stream's own version was refused: {e.Message}");
                }
            }
        }

        var streamsAgree = Enumerable.Range(0, model.Length).All(s =>
            store.ReadStreamAsync(Ledger.StreamOf($"L{s}")).GetAwaiter().GetResult().Select(r => r.Event).SequenceEqual(model[s]));
        var recorded = store.ReadAllAsync(0, int.MaxValue).GetAwaiter().GetResult();
        return streamsAgree.Label("every stream holds exactly its accepted appends, in order")
            .And(recorded.Select(r => r.Event).SequenceEqual(feed)).Label("the feed holds every accepted event in append order")
            .And(recorded.Zip(recorded.Skip(1)).All(p => p.First.Position < p.Second.Position)).Label("positions increase");
    }
}
