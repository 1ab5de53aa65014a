using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace CommunityGovernance.Storage.Sqlite;

/// <summary>Where a SQLite file is and how to connect to it; shared by the tenants of a store and by the projection store.</summary>
/// <param name="ConnectionString">The connection string, with the busy timeout; never shown.</param>
/// <param name="Name">The file's name, for messages.</param>
/// <param name="BusyTimeoutMilliseconds">How long SQLite waits for the write lock.</param>
internal sealed record SqliteDatabase(string ConnectionString, string Name, int BusyTimeoutMilliseconds)
{
    // SQLite's own busy handler waits in steps of a few milliseconds; Microsoft.Data.Sqlite's retry (its command
    // timeout) sleeps 150 ms a time. Each physical connection is told the busy timeout once, when first seen.
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, StrongBox<int>> s_busyTimeouts = new();

    /// <summary>Reads the options' data source or connection string (validated by the caller: exactly one is given).</summary>
    /// <param name="dataSource">A file path, or null.</param>
    /// <param name="connectionString">A connection string, or null.</param>
    /// <param name="busyTimeout">How long to wait for the write lock.</param>
    /// <param name="parameterName">The options' parameter name, for the exception.</param>
    /// <returns>The database.</returns>
    /// <exception cref="ArgumentException">The connection string is malformed; the message does not quote it.</exception>
    public static SqliteDatabase From(string? dataSource, string? connectionString, TimeSpan busyTimeout, string parameterName)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = connectionString is { Length: > 0 } text
                ? new SqliteConnectionStringBuilder(text)
                : new SqliteConnectionStringBuilder { DataSource = dataSource };
        }
        catch (ArgumentException e)
        {
            // The builder's own message may quote the text it could not read; say only that it is malformed.
            throw new ArgumentException($"The connection string is not a SQLite connection string ({e.GetType().Name}).", parameterName);
        }

        var busy = (int)Math.Ceiling(busyTimeout.TotalMilliseconds);

        // Microsoft.Data.Sqlite's own retry, which runs once SQLite's busy handler has given up, stops at the same time.
        builder.DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds));
        return new SqliteDatabase(builder.ConnectionString, Path.GetFileName(builder.DataSource), busy);
    }

    // A record prints its members; this one must never print the connection string.
    public override string ToString() => Name;

    /// <summary>Opens a connection (from Microsoft.Data.Sqlite's pool) that knows the busy timeout.</summary>
    /// <returns>The open connection; the caller disposes it.</returns>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            connection.Open();
            TellBusyTimeout(connection, BusyTimeoutMilliseconds);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void TellBusyTimeout(SqliteConnection connection, int milliseconds)
    {
        var handle = connection.Handle!;
        if (s_busyTimeouts.TryGetValue(handle, out var told) && told.Value == milliseconds)
        {
            return;
        }

        using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA busy_timeout = {milliseconds.ToString(CultureInfo.InvariantCulture)};";
        pragma.ExecuteNonQuery();
        s_busyTimeouts.AddOrUpdate(handle, new StrongBox<int>(milliseconds));
    }
}
