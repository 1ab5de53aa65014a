using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Storage;

/// <summary>
/// Bad arguments to the store and its helpers are refused with the exception that names them, before anything is read
/// or written; the boundaries of the guards every store shares hold exactly where they are documented.
/// </summary>
public sealed class StoreArgumentTests
{
    private static readonly Instant s_at = Instant.FromUtc(2026, 3, 2, 9, 0);

    [Fact]
    public async Task Null_and_out_of_range_arguments_are_refused_by_name()
    {
        var store = new InMemoryEventStore();
        var office = Office("JD-510115001");

        Assert.Equal("afterPosition", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ReadAllAsync(-1, 10))).ParamName);
        Assert.Equal("maxCount", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ReadAllAsync(0, 0))).ParamName);
        Assert.Equal("streams", (await Assert.ThrowsAsync<ArgumentNullException>(() => store.ImportAsync((IReadOnlyList<NewStream>)null!))).ParamName);
        Assert.Equal("store", (await Assert.ThrowsAsync<ArgumentNullException>(() => ((IEventStore)null!).SaveAsync(office))).ParamName);
        Assert.Equal("aggregate", (await Assert.ThrowsAsync<ArgumentNullException>(() => store.SaveAsync<Actor>(null!))).ParamName);
        Assert.Equal("store", (await Assert.ThrowsAsync<ArgumentNullException>(() => ((IEventStore)null!).LoadAsync(office.Stream))).ParamName);
        Assert.Equal("store", (await Assert.ThrowsAsync<ArgumentNullException>(() => ((IImportingEventStore)null!).ImportAsync(new AggregateImport()))).ParamName);
        Assert.Equal("import", (await Assert.ThrowsAsync<ArgumentNullException>(() => store.ImportAsync((AggregateImport)null!))).ParamName);
        Assert.Equal("aggregate", Assert.Throws<ArgumentNullException>(() => new AggregateImport().Add<Actor>(null!)).ParamName);
        Assert.Equal("aggregates", Assert.Throws<ArgumentNullException>(() => new AggregateImport().AddRange<Actor>(null!)).ParamName);
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await ((IEventStore)null!).ReadFeedAsync().GetAsyncEnumerator().MoveNextAsync());
        Assert.Equal(StorageRules.StreamNameIsWellFormed, (await Assert.ThrowsAsync<DomainRuleViolationException>(async () => await store.ListStreamsAsync("Not A Kind").GetAsyncEnumerator().MoveNextAsync())).Rule);
        Assert.Empty(await store.ReadAllAsync(0, 10));
    }

    [Fact]
    public async Task An_append_or_an_import_of_exactly_the_most_events_is_taken_and_one_more_is_refused()
    {
        var store = new InMemoryEventStore();
        var most = Enumerable.Range(0, EventStoreGuards.MaxAppendCount).Select(_ => (DomainEvent)new Noted(s_at)).ToArray();
        DomainEvent[] tooMany = [.. most, new Noted(s_at)];

        EventStoreGuards.Append(StreamName.Create("note", "a"), 0, most);
        var refused = Assert.Throws<DomainRuleViolationException>(() => EventStoreGuards.Append(StreamName.Create("note", "a"), 0, tooMany));
        var import = await Assert.ThrowsAsync<DomainRuleViolationException>(() => store.ImportAsync([new NewStream(StreamName.Create("note", "b"), tooMany)]));

        Assert.Equal(StorageRules.AppendIsWellFormed, refused.Rule);
        Assert.Equal(StorageRules.AppendIsWellFormed, import.Rule);
        Assert.Equal(EventStoreGuards.MaxAppendCount, EventStoreGuards.Import([new NewStream(StreamName.Create("note", "b"), most)]));
    }

    [Fact]
    public async Task An_aggregate_loaded_and_changed_since_is_not_new_and_is_refused_for_an_import()
    {
        var store = new InMemoryEventStore();
        var office = Office("JD-510115001");
        await store.SaveAsync(office);
        var changed = (await store.LoadAsync(office.Stream))!;
        changed.DeclareInterest(CommunityGovernance.Demands.DemandCategory.PublicService, s_at);

        var refused = Assert.Throws<DomainRuleViolationException>(() => new AggregateImport().Add(changed));

        Assert.Equal(StorageRules.ImportIsWellFormed, refused.Rule);
        Assert.Contains(office.Stream.Name.ToString(), refused.Message, StringComparison.Ordinal);
        Assert.Single(changed.PendingEvents);
    }

    [Fact]
    public async Task A_listing_cancelled_while_it_is_read_stops()
    {
        var store = new InMemoryEventStore();
        await store.ImportAsync(new AggregateImport().Add(Office("JD-510115001")).Add(Office("JD-510115002")));
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in store.ListStreamsAsync(Actor.StreamKind, cancellation.Token))
            {
                await cancellation.CancelAsync();
            }
        });
    }

    private static Actor Office(string id) => Actor.RegisterOrganisation(new ActorId(id), ActorKind.StreetOffice, "柳城街道办事处", s_at);

    private sealed record Noted(Instant OccurredAt) : DomainEvent(OccurredAt);
}
