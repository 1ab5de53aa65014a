using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using CommunityGovernance.Testing.Storage;

namespace CommunityGovernance.Domain.Tests.Storage;

/// <summary>The in-memory store keeps the contract every store must keep; and the contract catches stores that do not.</summary>
public sealed class InMemoryEventStoreContractTests
{
    public static TheoryData<string> Cases => new(EventStoreContract.CaseNames);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task The_in_memory_store_keeps_the_store_contract(string name)
    {
        InMemoryEventStore? database = null;
        return EventStoreContract.RunAsync(name, (tenant, serializer, _) =>
        {
            database ??= new InMemoryEventStore(serializer);
            return Task.FromResult<IEventStore>(database.ForTenant(tenant));
        });
    }

    public static TheoryData<string> ImportCases => new(EventStoreContract.ImportCaseNames);

    [Theory]
    [MemberData(nameof(ImportCases))]
    public Task The_in_memory_store_keeps_the_import_contract(string name)
    {
        InMemoryEventStore? database = null;
        return EventStoreContract.RunAsync(name, (tenant, serializer, _) =>
        {
            database ??= new InMemoryEventStore(serializer);
            return Task.FromResult<IEventStore>(database.ForTenant(tenant));
        });
    }

    [Theory]
    [InlineData("ImportIsStoredWholeOrNotAtAll", nameof(ImportFault.AppendsStreamByStream))]
    [InlineData("ImportsOfTenantsStayApart", nameof(ImportFault.IgnoresTenant))]
    [InlineData("CancelledImportWritesNothing", nameof(ImportFault.IgnoresCancellation))]
    [InlineData("ImportedStreamsReadBackInTheOrderGivenAfterTheFeed", nameof(ImportFault.ReversesTheStreams))]
    [InlineData("ImportKeepsTheFeedWithoutGapsUnderConcurrentWriters", nameof(ImportFault.ReversesTheStreams))]
    [InlineData("ImportedPersonalDataIsErasedByKeyDestruction", nameof(ImportFault.DoesNotImport))]
    public async Task The_import_contract_fails_a_store_that_breaks_it(string name, string fault)
    {
        InMemoryEventStore? database = null;
        var kind = Enum.Parse<ImportFault>(fault);
        var broken = await Assert.ThrowsAsync<EventStoreContractException>(() => EventStoreContract.RunAsync(name, (tenant, serializer, _) =>
        {
            database ??= new InMemoryEventStore(serializer);
            var inner = kind == ImportFault.IgnoresTenant ? database : database.ForTenant(tenant);
            return Task.FromResult<IEventStore>(kind == ImportFault.DoesNotImport ? new FaultyStore(inner, Fault.IgnoresTenant) : new FaultyImportingStore(inner, kind));
        }));

        Assert.Equal(name, broken.CaseName);
    }

    [Theory]
    [InlineData("TenantsNeverSeeEachOthersEvents", nameof(Fault.IgnoresTenant))]
    [InlineData("StaleAppendIsRefusedAndWritesNothing", nameof(Fault.IgnoresExpectedVersion))]
    [InlineData("ConcurrentWritersOnOneStreamLoseAndDoubleNothing", nameof(Fault.IgnoresExpectedVersion))]
    [InlineData("StreamsAreListedByKind", nameof(Fault.ListsInInsertionOrder))]
    [InlineData("FeedIsReadInBatches", nameof(Fault.ReadsOneEventTooMany))]
    [InlineData("CancelledCallsWriteNothing", nameof(Fault.IgnoresCancellation))]
    [InlineData("FeedIsInCommitOrderWithoutGapsUnderConcurrentWriters", nameof(Fault.ReportsTheFeedsEndAsItsPosition))]
    public async Task The_contract_fails_a_store_that_breaks_it(string name, string fault)
    {
        InMemoryEventStore? database = null;
        var broken = await Assert.ThrowsAsync<EventStoreContractException>(() => EventStoreContract.RunAsync(name, (tenant, serializer, _) =>
        {
            database ??= new InMemoryEventStore(serializer);
            var inner = Enum.Parse<Fault>(fault) == Fault.IgnoresTenant ? database : database.ForTenant(tenant);
            return Task.FromResult<IEventStore>(new FaultyStore(inner, Enum.Parse<Fault>(fault)));
        }));

        Assert.Equal(name, broken.CaseName);
    }

    [Fact]
    public Task An_unknown_case_is_refused_by_name() =>
        Assert.ThrowsAsync<ArgumentException>(() => EventStoreContract.RunAsync("NoSuchCase", (_, s, _) => Task.FromResult<IEventStore>(new InMemoryEventStore(s))));

    public enum Fault
    {
        IgnoresTenant,
        IgnoresExpectedVersion,
        ListsInInsertionOrder,
        ReadsOneEventTooMany,
        IgnoresCancellation,
        ReportsTheFeedsEndAsItsPosition,
    }

    public enum ImportFault
    {
        AppendsStreamByStream,
        IgnoresTenant,
        IgnoresCancellation,
        ReversesTheStreams,
        DoesNotImport,
    }

    private sealed class FaultyImportingStore(InMemoryEventStore inner, ImportFault fault) : IImportingEventStore
    {
        public TenantId Tenant => inner.Tenant;

        public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(StreamName stream, CancellationToken cancellationToken = default) => inner.ReadStreamAsync(stream, cancellationToken);

        public Task<AppendResult> AppendAsync(StreamName stream, long expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken = default) =>
            inner.AppendAsync(stream, expectedVersion, events, cancellationToken);

        public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default) => inner.ReadAllAsync(afterPosition, maxCount, cancellationToken);

        public IAsyncEnumerable<StreamName> ListStreamsAsync(string kind, CancellationToken cancellationToken = default) => inner.ListStreamsAsync(kind, cancellationToken);

        public async Task<ImportResult> ImportAsync(IReadOnlyList<NewStream> streams, CancellationToken cancellationToken = default)
        {
            switch (fault)
            {
                case ImportFault.AppendsStreamByStream:
                    // As a store that imports with an append per stream: fine until a stream in the middle is refused.
                    var count = EventStoreGuards.Import(streams);
                    var first = 0L;
                    var last = 0L;
                    foreach (var stream in streams)
                    {
                        var result = await inner.AppendAsync(stream.Stream, 0, stream.Events, cancellationToken);
                        last = result.LastPosition;
                        first = first == 0 ? last - stream.Events.Count + 1 : first;
                    }

                    return new ImportResult(streams.Count, count, first, last);
                case ImportFault.IgnoresCancellation:
                    return await inner.ImportAsync(streams, default);
                case ImportFault.ReversesTheStreams:
                    var reversed = await inner.ImportAsync([.. streams.Reverse()], cancellationToken);
                    return reversed;
                default:
                    return await inner.ImportAsync(streams, cancellationToken);
            }
        }
    }

    private sealed class FaultyStore(InMemoryEventStore inner, Fault fault) : IEventStore
    {
        private readonly List<StreamName> _insertionOrder = [];

        public TenantId Tenant => inner.Tenant;

        public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(StreamName stream, CancellationToken cancellationToken = default) =>
            inner.ReadStreamAsync(stream, fault == Fault.IgnoresCancellation ? default : cancellationToken);

        public async Task<AppendResult> AppendAsync(StreamName stream, long expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken = default)
        {
            if (fault == Fault.IgnoresCancellation)
            {
                cancellationToken = default;
            }

            if (fault == Fault.IgnoresExpectedVersion && !stream.IsEmpty)
            {
                expectedVersion = (await inner.ReadStreamAsync(stream, cancellationToken)).Count;
            }

            lock (_insertionOrder)
            {
                if (!_insertionOrder.Contains(stream))
                {
                    _insertionOrder.Add(stream);
                }
            }

            var result = await inner.AppendAsync(stream, expectedVersion, events, cancellationToken);
            if (fault == Fault.ReportsTheFeedsEndAsItsPosition)
            {
                // As a store that asks for the feed's last position after its commit, when another writer may have
                // committed since: right alone, wrong under concurrent writers.
                await Task.Delay(1, cancellationToken);
                var later = await inner.ReadAllAsync(result.LastPosition, int.MaxValue, cancellationToken);
                return later.Count == 0 ? result : result with { LastPosition = later[^1].Position };
            }

            return result;
        }

        public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default) =>
            inner.ReadAllAsync(afterPosition, fault == Fault.ReadsOneEventTooMany ? maxCount + 1 : maxCount, fault == Fault.IgnoresCancellation ? default : cancellationToken);

        public async IAsyncEnumerable<StreamName> ListStreamsAsync(string kind, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            if (fault != Fault.ListsInInsertionOrder)
            {
                await foreach (var name in inner.ListStreamsAsync(kind, cancellationToken))
                {
                    yield return name;
                }

                yield break;
            }

            foreach (var name in _insertionOrder.Where(s => s.Kind == kind))
            {
                yield return name;
            }
        }
    }
}
