using CommunityGovernance.Storage.Projections;
using Marten;
using Marten.Services;
using Npgsql;

namespace CommunityGovernance.Storage.Marten.Projections;

/// <summary>
/// Keeps durable read models in PostgreSQL through Marten, for one tenant: a batch of events is applied through one
/// Marten session in one transaction, which also stores the projection's checkpoint, so an event's effect is committed
/// exactly once. The read model writes what it likes through the session: Marten documents (<c>Store</c>,
/// <c>Delete</c>, <c>Patch</c>), or SQL on its connection. The session keeps an identity map, so a document loaded
/// after it was stored earlier in the batch is the stored one.
/// </summary>
/// <remarks>
/// <para>
/// Checkpoints live in <c>cg_projection_checkpoints</c> (tenant, projection name, position) in the event store's
/// schema, a table <see cref="StoreOptionsExtensions.UseCommunityGovernance"/> adds to Marten's schema objects, so it is
/// created and migrated with the rest of the Marten store (<c>AutoCreateSchemaObjects</c>,
/// <c>ApplyAllConfiguredChangesToDatabaseAsync</c> or Marten's migration tooling). Set <c>DatabaseSchemaName</c> before
/// calling <c>UseCommunityGovernance</c>.
/// </para>
/// <para>
/// A batch opens a session for the tenant and its transaction, and reads and locks the projection's checkpoint row in
/// one upsert, so a second runner of the same projection (another process) waits, then reads the
/// checkpoint the first committed and skips what it holds. <see cref="IProjectionTransaction{TSession}.CommitAsync"/>
/// queues the checkpoint's update and calls <c>SaveChangesAsync</c>, which commits everything the session holds.
/// A commit that Marten's write retry would replay on a new connection (without the lock) is refused and rolled back.
/// </para>
/// </remarks>
public sealed class MartenProjectionStore : IProjectionStore<IDocumentSession>
{
    /// <summary>The checkpoint table's name, in the event store's schema.</summary>
    public const string CheckpointTable = "cg_projection_checkpoints";

    private readonly IDocumentStore _store;
    private readonly string _table;

    /// <summary>Opens the projection store for one tenant over a Marten store configured with <see cref="StoreOptionsExtensions.UseCommunityGovernance"/>.</summary>
    /// <param name="store">The Marten store.</param>
    /// <param name="tenant">The tenant; <see cref="TenantId.Default"/> when omitted.</param>
    /// <exception cref="InvalidOperationException">The Marten store was not configured with <c>UseCommunityGovernance</c>.</exception>
    public MartenProjectionStore(IDocumentStore store, TenantId tenant = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        _ = LibraryEvents.Of(store);
        _store = store;
        _table = $"{store.Options.Events.DatabaseSchemaName}.{CheckpointTable}";
        Tenant = tenant;
    }

    /// <inheritdoc />
    public TenantId Tenant { get; }

    /// <summary>The Marten store.</summary>
    public IDocumentStore DocumentStore => _store;

    /// <summary>A projection store for another tenant over the same Marten store.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <returns>The tenant's projection store.</returns>
    public MartenProjectionStore ForTenant(TenantId tenant) => new(_store, tenant);

    /// <inheritdoc />
    public async ValueTask<long> LoadCheckpointAsync(string projection, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projection);
        var session = _store.QuerySession(Tenant.Value);
        await using (session.ConfigureAwait(false))
        {
            var positions = await session.QueryAsync<long>($"select position from {_table} where tenant_id = ? and projection = ?", cancellationToken, Tenant.Value, projection).ConfigureAwait(false);
            return positions.Count == 0 ? 0 : positions[0];
        }
    }

    /// <inheritdoc />
    public async ValueTask<IProjectionTransaction<IDocumentSession>> BeginAsync(string projection, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projection);
        var session = _store.IdentitySession(Tenant.Value);
        try
        {
            await session.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var connection = session.Connection ?? throw new InvalidOperationException("Marten opened no connection for the batch's transaction.");

            // One statement: the checkpoint's row, created at 0 if missing, read and locked for the rest of the
            // transaction (an upsert locks the row it conflicts with, as select … for update would).
            long checkpoint;
            var upsert = new NpgsqlCommand(
                $"insert into {_table} as c (tenant_id, projection, position) values ($1, $2, 0) on conflict (tenant_id, projection) do update set position = c.position returning position",
                connection)
            {
                Parameters = { new() { Value = Tenant.Value }, new() { Value = projection } },
            };
            await using (upsert.ConfigureAwait(false))
            {
                checkpoint = (long)(await upsert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            }

            ((ITransactionParticipantRegistrar)session).AddTransactionParticipant(new Locked(connection));
            return new Transaction(session, _table, Tenant, projection, checkpoint);
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>One batch's session and transaction.</summary>
    private sealed class Transaction(IDocumentSession session, string table, TenantId tenant, string projection, long checkpoint) : IProjectionTransaction<IDocumentSession>
    {
        private bool _done;

        public long Checkpoint => checkpoint;

        public IDocumentSession Session => session;

        public async ValueTask CommitAsync(long position, CancellationToken cancellationToken)
        {
            ObjectDisposedException.ThrowIf(_done, this);
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(position, checkpoint);
            session.QueueSqlCommand($"update {table} set position = ? where tenant_id = ? and projection = ?", position, tenant.Value, projection);
            await session.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            _done = true;
        }

        // Disposing a session whose transaction was not committed rolls it back.
        public ValueTask DisposeAsync()
        {
            _done = true;
            return session.DisposeAsync();
        }
    }

    /// <summary>Refuses a commit on any connection but the one that holds the checkpoint's row lock (a replay by Marten's write retry).</summary>
    private sealed class Locked(NpgsqlConnection locked) : ITransactionParticipant
    {
        public Task BeforeCommitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken token) =>
            ReferenceEquals(connection, locked)
                ? Task.CompletedTask
                : throw new InvalidOperationException("Marten retried a projection's batch on a new connection, which does not hold its checkpoint's lock; it was rolled back.");

        public Task AfterCommitAsync(CancellationToken token) => Task.CompletedTask;
    }
}
