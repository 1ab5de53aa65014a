using CommunityGovernance.Storage.Projections;
using Microsoft.Data.Sqlite;

namespace CommunityGovernance.Storage.Sqlite.Projections;

/// <summary>One batch's write transaction: the read model's rows and the checkpoint, committed together or not at all.</summary>
internal sealed class SqliteProjectionTransaction : IProjectionTransaction<SqliteProjectionSession>
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly string _projection;
    private bool _done;

    public SqliteProjectionTransaction(SqliteConnection connection, SqliteTransaction transaction, TenantId tenant, string projection, long checkpoint)
    {
        _connection = connection;
        _transaction = transaction;
        _projection = projection;
        Checkpoint = checkpoint;
        Session = new SqliteProjectionSession(connection, transaction, tenant);
    }

    public long Checkpoint { get; }

    public SqliteProjectionSession Session { get; }

    public ValueTask CommitAsync(long checkpoint, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(checkpoint, Checkpoint);
        return new(SqliteWork.Complete(
            () =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                Session.Execute(
                    """
                    INSERT INTO projection_checkpoints (tenant, projection, position) VALUES ($tenant, $projection, $position)
                    ON CONFLICT (tenant, projection) DO UPDATE SET position = excluded.position;
                    """,
                    ("$projection", _projection),
                    ("$position", checkpoint));
                cancellationToken.ThrowIfCancellationRequested(); // The last moment a cancellation still leaves nothing written.
                _transaction.Commit();
                _done = true;
                return true;
            },
            cancellationToken));
    }

    public ValueTask DisposeAsync()
    {
        _done = true;
        Session.Release();
        _transaction.Dispose();   // rolls back unless committed
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }
}
