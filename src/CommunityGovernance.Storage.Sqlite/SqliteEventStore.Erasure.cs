using CommunityGovernance.Kernel;
using Microsoft.Data.Sqlite;

namespace CommunityGovernance.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    /// <summary>
    /// Rewrites the personal data of every event in a stream to its erased form, in place and in one transaction:
    /// the one rewrite an append-only store allows, for a vendor who must rewrite rather than destroy a key (个人信息删除).
    /// The stream keeps its versions and its events their feed positions.
    /// </summary>
    /// <param name="stream">The stream.</param>
    /// <param name="eraser">The eraser, made from this store's serializer.</param>
    /// <param name="cancellationToken">Cancels the rewrite; a cancelled rewrite changes nothing.</param>
    /// <returns>The number of events whose stored form changed.</returns>
    /// <exception cref="StoredEventUnreadableException">An event of the stream cannot be read; nothing was changed.</exception>
    /// <exception cref="DomainRuleViolationException">A personal-data member has no erased form (<see cref="StorageRules.PersonalDataIsErasable"/>); nothing was changed.</exception>
    public Task<int> ErasePersonalDataAsync(StreamName stream, PersonalDataEraser eraser, CancellationToken cancellationToken = default)
    {
        EventStoreGuards.Stream(stream);
        ArgumentNullException.ThrowIfNull(eraser);
        return SqliteWork.Complete(() => ErasePersonalData(stream, eraser, cancellationToken), cancellationToken);
    }

    private int ErasePersonalData(StreamName stream, PersonalDataEraser eraser, CancellationToken cancellationToken)
    {
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var rows = new List<(long Position, long Version, StoredEvent Stored)>();
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = Sql.SelectStoredForUpdate;
            select.Parameters.AddWithValue("$tenant", Tenant.Value);
            select.Parameters.AddWithValue("$kind", stream.Kind);
            select.Parameters.AddWithValue("$key", stream.Key);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var stored = new StoredEvent(reader.GetString(Sql.TypeColumn), reader.GetInt32(Sql.SchemaVersionColumn), reader.GetString(Sql.DataColumn));
                rows.Add((reader.GetInt64(Sql.PositionColumn), reader.GetInt64(Sql.VersionColumn), stored));
            }
        }

        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = Sql.Rewrite;
        var position = update.Parameters.Add("$position", SqliteType.Integer);
        var type = update.Parameters.Add("$type", SqliteType.Text);
        var schemaVersion = update.Parameters.Add("$schema", SqliteType.Integer);
        var data = update.Parameters.Add("$data", SqliteType.Text);
        update.Prepare();
        var rewritten = 0;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var erased = Erase(eraser, row.Stored, stream, row.Version);
            if (erased == row.Stored)
            {
                continue;
            }

            position.Value = row.Position;
            type.Value = erased.Type;
            schemaVersion.Value = erased.SchemaVersion;
            data.Value = erased.Data;
            update.ExecuteNonQuery();
            rewritten++;
        }

        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        return rewritten;
    }

    private static StoredEvent Erase(PersonalDataEraser eraser, StoredEvent stored, StreamName stream, long version)
    {
        try
        {
            return eraser.Erase(stored);
        }
        catch (DomainRuleViolationException e) when (e.Rule == StorageRules.StoredEventIsReadable)
        {
            throw new StoredEventUnreadableException(stream, version, stored.Type, e.Message, e);
        }
    }
}
