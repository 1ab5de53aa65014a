using CommunityGovernance.Kernel;
using CommunityGovernance.Storage.Projections;
using Microsoft.Data.Sqlite;

namespace CommunityGovernance.Storage.Sqlite.Projections;

/// <summary>
/// Keeps durable read models in a SQLite file, each batch of events committed with the projection's checkpoint in one
/// write transaction, so an event's effect is applied exactly once however the process stops.
/// </summary>
/// <remarks>
/// <para>
/// Open it with <see cref="OpenAsync"/>, which creates its checkpoint table (<c>projection_checkpoints</c>, one row
/// per tenant and projection name) and records its schema version in <c>schema_versions</c>. Each read model's own
/// tables are created, and rebuilt when their version changes, by <see cref="EnsureSchemaAsync"/>
/// (<see cref="SqliteProjection"/> calls it before its first batch).
/// </para>
/// <para>
/// A batch takes the file's write lock first (<c>BEGIN IMMEDIATE</c>) and reads the checkpoint under it, so two runners
/// of one projection over one file (two processes) apply each event once between them. Readers of the read model
/// (<see cref="OpenConnection"/>) never wait for a batch and never see half of one (WAL).
/// </para>
/// <para>
/// Instances are immutable and thread-safe: each operation takes its own connection from Microsoft.Data.Sqlite's pool.
/// Calls do their work on the calling thread and hand back a completed task, as <see cref="SqliteEventStore"/> does.
/// </para>
/// </remarks>
public sealed class SqliteProjectionStore : IProjectionStore<SqliteProjectionSession>
{
    private static readonly SqliteSchemaVersion s_storeVersion = new("projection store", "projections");

    private static readonly IReadOnlyList<SqliteMigration> s_migrations =
    [
        // Version 1: a projection's checkpoint per tenant, the last feed position whose effect its rows hold.
        new(1, """
            CREATE TABLE projection_checkpoints (
                tenant     TEXT    NOT NULL COLLATE BINARY,
                projection TEXT    NOT NULL COLLATE BINARY,
                position   INTEGER NOT NULL CHECK (position >= 0),
                PRIMARY KEY (tenant, projection)
            ) STRICT;
            """),
    ];

    private readonly SqliteDatabase _database;

    private SqliteProjectionStore(SqliteDatabase database, TenantId tenant)
    {
        _database = database;
        Tenant = tenant;
    }

    /// <summary>The version of the store's own tables that this library writes.</summary>
    public static int SchemaVersion => s_migrations[^1].Version;

    /// <inheritdoc />
    public TenantId Tenant { get; }

    /// <summary>Opens the store: switches the file to WAL mode and creates or migrates the checkpoint table.</summary>
    /// <param name="options">Which file and which tenant.</param>
    /// <param name="cancellationToken">Cancels the opening; a cancelled migration changes nothing.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException">The options are incomplete or contradictory.</exception>
    /// <exception cref="DomainRuleViolationException">The file was written by a newer version of this library (<see cref="SqliteEventStore.SchemaVersionKnownRule"/>).</exception>
    /// <exception cref="SqliteException">SQLite cannot open or write the file.</exception>
    public static Task<SqliteProjectionStore> OpenAsync(SqliteProjectionStoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var database = SqliteDatabase.From(options.DataSource, options.ConnectionString, options.BusyTimeout, nameof(options));
        return SqliteWork.Complete(
            () =>
            {
                using var connection = database.Open();
                using (var wal = connection.CreateCommand())
                {
                    wal.CommandText = "PRAGMA journal_mode = WAL;";
                    wal.ExecuteNonQuery();
                }

                SqliteSchema.Migrate(connection, s_storeVersion, s_migrations, database.Name, cancellationToken);
                return new SqliteProjectionStore(database, options.Tenant);
            },
            cancellationToken);
    }

    /// <summary>A store for another tenant over the same file.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <returns>The tenant's store.</returns>
    public SqliteProjectionStore ForTenant(TenantId tenant) => new(_database, tenant);

    /// <summary>
    /// Opens a connection for reading read models: each query (or read transaction) sees whole committed batches only.
    /// Filter by <see cref="Tenant"/>.
    /// </summary>
    /// <returns>The open connection; dispose it.</returns>
    /// <exception cref="SqliteException">SQLite cannot open the file.</exception>
    public SqliteConnection OpenConnection() => _database.Open();

    /// <inheritdoc />
    public ValueTask<long> LoadCheckpointAsync(string projection, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projection);
        return new(SqliteWork.Complete(
            () =>
            {
                using var connection = _database.Open();
                return ReadCheckpoint(connection, null, projection);
            },
            cancellationToken));
    }

    /// <inheritdoc />
    public ValueTask<IProjectionTransaction<SqliteProjectionSession>> BeginAsync(string projection, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projection);
        return new(SqliteWork.Complete<IProjectionTransaction<SqliteProjectionSession>>(
            () =>
            {
                var connection = _database.Open();
                SqliteTransaction? transaction = null;
                try
                {
                    transaction = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: the write lock, now.
                    var checkpoint = ReadCheckpoint(connection, transaction, projection);
                    return new SqliteProjectionTransaction(connection, transaction, Tenant, projection, checkpoint);
                }
                catch
                {
                    transaction?.Dispose();
                    connection.Dispose();
                    throw;
                }
            },
            cancellationToken));
    }

    /// <summary>
    /// Creates a read model's tables, or rebuilds them when <paramref name="schema"/>'s version differs from the one
    /// recorded: drops the tables, creates them again and sets the projection's checkpoints (every tenant's) back to 0,
    /// in one transaction. Nothing when they are up to date.
    /// </summary>
    /// <param name="projection">The projection's name.</param>
    /// <param name="schema">Its tables and their version.</param>
    /// <param name="cancellationToken">Cancels the change before it commits; nothing is then changed.</param>
    /// <returns>Whether the tables were (re)created, so that the projection starts again from the feed's start.</returns>
    /// <exception cref="DomainRuleViolationException">The recorded version is newer than <paramref name="schema"/>'s (<see cref="SqliteEventStore.SchemaVersionKnownRule"/>): a newer version of the read model built them.</exception>
    /// <exception cref="SqliteException">SQLite refused the statements; nothing was changed.</exception>
    public Task<bool> EnsureSchemaAsync(string projection, SqliteProjectionSchema schema, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projection);
        ArgumentNullException.ThrowIfNull(schema);
        var slot = new SqliteSchemaVersion($"read model '{projection}' in", "projection:" + projection);
        return SqliteWork.Complete(
            () =>
            {
                using var connection = _database.Open();
                if (slot.Read(connection, null) == schema.Version)
                {
                    return false;
                }

                using var transaction = connection.BeginTransaction(deferred: false);
                var found = slot.Read(connection, transaction);
                if (found == schema.Version)
                {
                    return false; // Another process built them between the first look and the lock.
                }

                if (found > schema.Version)
                {
                    throw new DomainRuleViolationException(
                        SqliteEventStore.SchemaVersionKnownRule,
                        $"The read model '{projection}' in '{_database.Name}' has schema version {found}, but this version of it knows versions up to {schema.Version}: run it with the newer version that built it.");
                }

                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = string.Concat(schema.Tables.Select(t => $"DROP TABLE IF EXISTS \"{t}\";\n")) + schema.Create;
                command.ExecuteNonQuery();
                command.CommandText = "DELETE FROM projection_checkpoints WHERE projection = $projection;";
                command.Parameters.AddWithValue("$projection", projection);
                command.ExecuteNonQuery();
                slot.Write(connection, transaction, schema.Version);
                cancellationToken.ThrowIfCancellationRequested();
                transaction.Commit();
                return true;
            },
            cancellationToken);
    }

    private long ReadCheckpoint(SqliteConnection connection, SqliteTransaction? transaction, string projection)
    {
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT position FROM projection_checkpoints WHERE tenant = $tenant AND projection = $projection;";
        select.Parameters.AddWithValue("$tenant", Tenant.Value);
        select.Parameters.AddWithValue("$projection", projection);
        return select.ExecuteScalar() is long position ? position : 0;
    }
}
