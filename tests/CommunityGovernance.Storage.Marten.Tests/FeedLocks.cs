using Npgsql;

namespace CommunityGovernance.Storage.Marten.Tests;

/// <summary>Holds a tenant's feed lock from outside the store, to catch a call while it waits for it.</summary>
internal static class FeedLocks
{
    /// <summary>Takes a tenant's feed lock in an open transaction, as an append would, and holds it until the connection is disposed.</summary>
    public static async Task<NpgsqlConnection> HoldAsync(MartenDatabase database, TenantId tenant)
    {
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var begin = new NpgsqlCommand("begin", connection))
        {
            await begin.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand("select pg_advisory_xact_lock($1, $2)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = Storage.Marten.MartenEventStore.FeedLockNamespace });
        command.Parameters.Add(new NpgsqlParameter { Value = Storage.Marten.MartenEventStore.FeedLockKey(tenant) });
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>The backend of a call that waits for an advisory lock.</summary>
    public static async Task<int> WaitingBackendAsync(MartenDatabase database)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var waiting = await database.QueryAsync("select pid from pg_locks where locktype = 'advisory' and not granted");
            if (waiting.Count > 0)
            {
                return (int)waiting[0][0]!;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("No call started waiting for the feed lock.");
    }
}
