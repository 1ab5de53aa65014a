using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using CommunityGovernance.Testing.Reliability;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Storage;

/// <summary>
/// An import stores what an append per stream would, in the order given, whole or not at all; the aggregate helper
/// imports only new aggregates.
/// </summary>
public sealed class ImportTests
{
    public static Arbitrary<(AggregateHistory[] Histories, int Existing)> Imports() =>
        (from histories in AggregateHistories.Any
         from existing in Gen.Choose(-1, 6)
         select (histories, existing)).ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(ImportTests)])]
    public Property An_import_stores_what_an_append_per_stream_would_in_the_order_given((AggregateHistory[] Histories, int Existing) import)
    {
        var serializer = new DomainEventSerializer();
        var imported = new InMemoryEventStore(serializer);
        var appended = new InMemoryEventStore(serializer);
        NewStream[] streams = [.. import.Histories.Where(h => h.Events.Count != 0).Select((h, i) => new NewStream(StreamName.Create("history", $"h{i}"), h.Events))];
        var seed = new NewStream(StreamName.Create("history", "seed"), import.Histories.SelectMany(h => h.Events).Take(1).ToArray());
        if (seed.Events.Count != 0)
        {
            imported.AppendAsync(seed.Stream, 0, seed.Events).GetAwaiter().GetResult();
            appended.AppendAsync(seed.Stream, 0, seed.Events).GetAwaiter().GetResult();
        }

        var result = imported.ImportAsync(streams).GetAwaiter().GetResult();
        foreach (var stream in streams)
        {
            appended.AppendAsync(stream.Stream, 0, stream.Events).GetAwaiter().GetResult();
        }

        var feed = imported.ReadAllAsync(0, int.MaxValue).GetAwaiter().GetResult();
        var expected = appended.ReadAllAsync(0, int.MaxValue).GetAwaiter().GetResult();
        var count = streams.Sum(s => s.Events.Count);
        var ours = feed.Skip(seed.Events.Count).ToList();
        var reported = count == 0 ? default : new ImportResult(streams.Length, count, ours[0].Position, ours[^1].Position);
        var property = feed.Select(r => (r.Position, r.Stream, r.StreamVersion, r.Event)).SequenceEqual(expected.Select(r => (r.Position, r.Stream, r.StreamVersion, r.Event)))
            .Label("the feed differs from an append per stream in the order given")
            .And(result == reported).Label($"the import reported {result}, not {reported}");
        if (import.Existing < 0 || import.Existing >= streams.Length)
        {
            return property;
        }

        // Again with one stream that now exists, among new ones: refused whole.
        NewStream[] again = [new(StreamName.Create("history", "new-1"), streams[import.Existing].Events), streams[import.Existing], new(StreamName.Create("history", "new-2"), streams[import.Existing].Events)];
        var conflict = Record.Exception(() => imported.ImportAsync(again).GetAwaiter().GetResult()) as ConcurrencyConflictException;
        return property
            .And(conflict?.Stream == streams[import.Existing].Stream.ToString() && conflict.ActualVersion == streams[import.Existing].Events.Count).Label("an import of an existing stream was not refused as a conflict naming it")
            .And(imported.ReadAllAsync(0, int.MaxValue).GetAwaiter().GetResult().Count == feed.Count).Label("a refused import changed the feed");
    }

    [Fact]
    public async Task An_aggregate_import_stores_new_aggregates_and_forgets_their_pending_events_once_stored()
    {
        var store = new InMemoryEventStore();
        Actor[] offices = [Office("JD-510115001", "柳城街道办事处"), Office("JD-510115002", "公平街道办事处")];

        var result = await store.ImportAsync(new AggregateImport().AddRange(offices));

        Assert.Equal(new ImportResult(2, 2, 1, 2), result);
        Assert.All(offices, o => Assert.Empty(o.PendingEvents));
        Assert.Equal("公平街道办事处", (await store.LoadAsync(offices[1].Stream))!.OrganisationName);
    }

    [Fact]
    public async Task An_aggregate_import_refuses_an_aggregate_loaded_or_with_events_taken_and_keeps_the_rest()
    {
        var store = new InMemoryEventStore();
        var saved = Office("JD-510115001", "柳城街道办事处");
        await store.SaveAsync(saved);
        var loaded = (await store.LoadAsync(saved.Stream))!;
        var fresh = Office("JD-510115002", "公平街道办事处");
        var taken = Office("JD-510115003", "涌泉街道办事处");
        taken.DequeuePendingEvents();

        var import = new AggregateImport().Add(fresh);
        var reloaded = Assert.Throws<DomainRuleViolationException>(() => import.Add(loaded));
        var dequeued = Assert.Throws<DomainRuleViolationException>(() => import.Add(taken));
        await store.ImportAsync(import);

        Assert.Equal(StorageRules.ImportIsWellFormed, reloaded.Rule);
        Assert.Equal(KernelRules.TakenEventsAreSaved, dequeued.Rule);
        Assert.Single(import.Streams);
        Assert.Equal(2, (await store.ReadAllAsync(0, 10)).Count);
        Assert.Empty(fresh.PendingEvents);
    }

    private static Actor Office(string id, string name) =>
        Actor.RegisterOrganisation(new ActorId(id), ActorKind.StreetOffice, name, Instant.FromUtc(2026, 3, 2, 9, 0));
}
