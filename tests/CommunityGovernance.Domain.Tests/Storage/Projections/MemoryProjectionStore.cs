using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Testing.Storage;

namespace CommunityGovernance.Domain.Tests.Storage.Projections;

/// <summary>The ways <see cref="MemoryProjectionStore"/> can be made to break the projection store contract.</summary>
public enum ProjectionStoreFault
{
    None,
    WritesRowsAtOnce,
    CommitsOnDispose,
    ReadsCheckpointBeforeTheLock,
    KeepsNoCheckpoint,
    IgnoresTenant,
    AcceptsAnyCheckpoint,
    ReportsCheckpointZero,
}

/// <summary>
/// A reference projection store in memory, for the tests of <see cref="DurableProjection{TSession}"/> and of the
/// contract itself: a database of ledgers and checkpoints behind one lock, which a transaction holds from its start to
/// its end; rows written in a transaction are pending until its commit.
/// </summary>
internal sealed class MemoryProjectionStore(MemoryProjectionStore.Database database, TenantId tenant, ProjectionStoreFault fault = ProjectionStoreFault.None)
    : IProjectionStore<MemoryProjectionStore.Session>
{
    private readonly Database _database = database;
    private readonly ProjectionStoreFault _fault = fault;

    public TenantId Tenant => tenant;

    private string TenantKey => _fault == ProjectionStoreFault.IgnoresTenant ? "*" : tenant.Value;

    public ValueTask<long> LoadCheckpointAsync(string projection, CancellationToken cancellationToken)
    {
        lock (_database.Checkpoints)
        {
            return ValueTask.FromResult(_database.Checkpoints.GetValueOrDefault((TenantKey, projection)));
        }
    }

    public async ValueTask<IProjectionTransaction<Session>> BeginAsync(string projection, CancellationToken cancellationToken)
    {
        long checkpoint;
        if (_fault == ProjectionStoreFault.ReadsCheckpointBeforeTheLock)
        {
            checkpoint = await LoadCheckpointAsync(projection, cancellationToken);
            await Task.Delay(1, cancellationToken);
            await _database.Lock.WaitAsync(cancellationToken);
        }
        else
        {
            await _database.Lock.WaitAsync(cancellationToken);
            checkpoint = _fault == ProjectionStoreFault.ReportsCheckpointZero ? 0 : await LoadCheckpointAsync(projection, cancellationToken);
        }

        return new Transaction(this, projection, checkpoint);
    }

    /// <summary>The memory several store instances (as several processes) share.</summary>
    public sealed class Database
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public Dictionary<(string Tenant, string Projection), long> Checkpoints { get; } = [];

        public Dictionary<(string Tenant, string Projection), SortedSet<long>> Ledgers { get; } = [];

        public IReadOnlyList<long> Ledger(string tenant, string projection)
        {
            lock (Ledgers)
            {
                return [.. Ledgers.GetValueOrDefault((tenant, projection)) ?? []];
            }
        }

        public void Write(string tenant, string projection, long position)
        {
            lock (Ledgers)
            {
                if (!Ledgers.TryGetValue((tenant, projection), out var ledger))
                {
                    Ledgers.Add((tenant, projection), ledger = []);
                }

                if (!ledger.Add(position))
                {
                    throw new InvalidOperationException($"The ledger already holds position {position}: an event applied twice.");
                }
            }
        }
    }

    /// <summary>What a projection writes through: the transaction's pending ledger rows.</summary>
    public sealed class Session(MemoryProjectionStore store)
    {
        public List<(string Projection, long Position)> Pending { get; } = [];

        public void Record(string projection, long position)
        {
            if (store._database.Ledger(store.TenantKey, projection).Contains(position) || Pending.Contains((projection, position)))
            {
                throw new InvalidOperationException($"The ledger already holds position {position}: an event applied twice.");
            }

            if (store._fault == ProjectionStoreFault.WritesRowsAtOnce)
            {
                store._database.Write(store.TenantKey, projection, position);
            }
            else
            {
                Pending.Add((projection, position));
            }
        }

        public void Flush()
        {
            if (store._fault != ProjectionStoreFault.WritesRowsAtOnce)
            {
                foreach (var (projection, position) in Pending)
                {
                    store._database.Write(store.TenantKey, projection, position);
                }
            }

            Pending.Clear();
        }
    }

    /// <summary>The contract's ledger over this store.</summary>
    public sealed class UnderTest(Database database, ProjectionStoreFault fault) : ProjectionStoreUnderTest<Session>
    {
        public override Task<IProjectionStore<Session>> OpenAsync(TenantId tenant, CancellationToken cancellationToken) =>
            Task.FromResult<IProjectionStore<Session>>(new MemoryProjectionStore(database, tenant, fault));

        public override ValueTask RecordAsync(Session session, string projection, RecordedEvent recorded, CancellationToken cancellationToken)
        {
            session.Record(projection, recorded.Position);
            return ValueTask.CompletedTask;
        }

        public override Task<IReadOnlyList<long>> ReadLedgerAsync(TenantId tenant, string projection, CancellationToken cancellationToken) =>
            Task.FromResult(database.Ledger(fault == ProjectionStoreFault.IgnoresTenant ? "*" : tenant.Value, projection));
    }

    private sealed class Transaction(MemoryProjectionStore store, string projection, long checkpoint) : IProjectionTransaction<Session>
    {
        private bool _done;

        public long Checkpoint => checkpoint;

        public Session Session { get; } = new(store);

        public ValueTask CommitAsync(long checkpoint, CancellationToken cancellationToken)
        {
            if (checkpoint <= Checkpoint && store._fault != ProjectionStoreFault.AcceptsAnyCheckpoint)
            {
                throw new ArgumentOutOfRangeException(nameof(checkpoint), checkpoint, "The checkpoint moves forward.");
            }

            cancellationToken.ThrowIfCancellationRequested();
            Session.Flush();
            if (store._fault != ProjectionStoreFault.KeepsNoCheckpoint)
            {
                lock (store._database.Checkpoints)
                {
                    store._database.Checkpoints[(store.TenantKey, projection)] = checkpoint;
                }
            }

            End();
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (!_done && store._fault == ProjectionStoreFault.CommitsOnDispose)
            {
                Session.Flush();
            }

            End();
            return ValueTask.CompletedTask;
        }

        private void End()
        {
            if (!_done)
            {
                _done = true;
                store._database.Lock.Release();
            }
        }
    }
}
