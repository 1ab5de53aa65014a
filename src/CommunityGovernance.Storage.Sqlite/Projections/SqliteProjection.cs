using CommunityGovernance.Storage.Projections;

namespace CommunityGovernance.Storage.Sqlite.Projections;

/// <summary>
/// A read model kept as rows of a SQLite file: its tables are created (and rebuilt when their version changes) before
/// its first batch, and each batch is written in the transaction that also stores its checkpoint.
/// </summary>
/// <remarks>
/// Write <see cref="Schema"/> (the tables, each with a <c>tenant</c> column) and <see cref="When"/> (the rows an event
/// changes, through <see cref="SqliteProjectionSession.Execute"/>); read the rows through
/// <see cref="SqliteProjectionStore.OpenConnection"/>, filtered by tenant. <see cref="SqliteDemandList"/> is one.
/// </remarks>
public abstract class SqliteProjection : DurableProjection<SqliteProjectionSession>
{
    /// <summary>Creates the projection.</summary>
    /// <param name="name">Its stable name: the key of its checkpoint and of its schema's version.</param>
    /// <param name="database">The store that keeps its rows and checkpoint.</param>
    protected SqliteProjection(string name, SqliteProjectionStore database)
        : base(name, database)
    {
        Database = database;
    }

    /// <summary>The store that keeps the read model's rows and checkpoint.</summary>
    protected SqliteProjectionStore Database { get; }

    /// <summary>The read model's tables and their version.</summary>
    protected abstract SqliteProjectionSchema Schema { get; }

    /// <inheritdoc />
    protected override ValueTask PrepareAsync(CancellationToken cancellationToken) =>
        new(Database.EnsureSchemaAsync(Name, Schema, cancellationToken));

    /// <inheritdoc />
    protected sealed override ValueTask WhenAsync(SqliteProjectionSession session, RecordedEvent recorded, CancellationToken cancellationToken)
    {
        When(session, recorded);
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes the rows one event changes; throw to refuse the event (the batch is then rolled back).</summary>
    /// <param name="session">The batch's connection and transaction.</param>
    /// <param name="recorded">The event.</param>
    protected abstract void When(SqliteProjectionSession session, RecordedEvent recorded);
}
