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
