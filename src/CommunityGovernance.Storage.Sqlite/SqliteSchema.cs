using System.Globalization;
using CommunityGovernance.Kernel;
using Microsoft.Data.Sqlite;

namespace CommunityGovernance.Storage.Sqlite;

/// <summary>One step of the store's schema: the version it brings the database to and the SQL that does it.</summary>
/// <param name="Version">The version after the step; steps are numbered 1, 2, 3… with no gaps.</param>
/// <param name="Sql">The statements, run in the migration's transaction.</param>
internal sealed record SqliteMigration(int Version, string Sql);

/// <summary>
/// The store's schema and how a database gets to it. The version lives in the file's <c>PRAGMA user_version</c>,
/// so it changes in the same transaction as the tables; a store brings an older file up to date when it opens it and
/// refuses a newer one rather than guess at its shape.
/// </summary>
/// <remarks>
/// To change the schema, append a step (version 2, …) to <see cref="Migrations"/>; never edit a shipped step, because
/// files in the field have already run it.
/// </remarks>
internal static class SqliteSchema
{
    /// <summary>Every step, oldest first; the last one's version is the one this library writes.</summary>
    public static IReadOnlyList<SqliteMigration> Migrations { get; } =
    [
        // Version 1: one row per event. position is the feed position, assigned by AUTOINCREMENT inside the append's
        // write transaction, so it only ever grows, even if rows were deleted by hand. STRICT makes SQLite refuse a
        // value of the wrong type instead of storing it. Keys compare as BINARY: for stream keys (BMP letters and
        // digits, no surrogates) UTF-8 byte order is .NET's ordinal order.
        new(1, """
            CREATE TABLE events (
                position       INTEGER PRIMARY KEY AUTOINCREMENT,
                tenant         TEXT    NOT NULL COLLATE BINARY,
                stream_kind    TEXT    NOT NULL COLLATE BINARY,
                stream_key     TEXT    NOT NULL COLLATE BINARY,
                stream_version INTEGER NOT NULL CHECK (stream_version > 0),
                event_type     TEXT    NOT NULL,
                schema_version INTEGER NOT NULL,
                data           TEXT    NOT NULL,
                stored_at      TEXT    NOT NULL,
                CONSTRAINT events_stream_version_unique UNIQUE (tenant, stream_kind, stream_key, stream_version)
            ) STRICT;
            CREATE INDEX events_tenant_position ON events (tenant, position);
            """),
    ];

    /// <summary>The schema version this library writes.</summary>
    public static int CurrentVersion => Migrations[^1].Version;

    /// <summary>Reads a database's schema version: 0 for a file the store has never opened.</summary>
    /// <param name="connection">An open connection.</param>
    /// <returns>The version.</returns>
    public static int VersionOf(SqliteConnection connection) => SqliteSchemaVersion.EventStore.Read(connection, null);

    /// <summary>
    /// Brings the event store's schema to the last of <paramref name="migrations"/>: runs each missing step in one
    /// write transaction (so two processes opening a new file at once create it once), or nothing when it is up to date.
    /// </summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="migrations">The steps, numbered 1, 2, 3….</param>
    /// <param name="databaseName">The file's name, for messages.</param>
    /// <param name="cancellationToken">Cancels the migration before it commits; nothing is then changed.</param>
    /// <returns>The version the database had before.</returns>
    /// <exception cref="DomainRuleViolationException">The database is newer than the steps know (<see cref="SqliteEventStore.SchemaVersionKnownRule"/>).</exception>
    public static int Migrate(SqliteConnection connection, IReadOnlyList<SqliteMigration> migrations, string databaseName, CancellationToken cancellationToken) =>
        Migrate(connection, SqliteSchemaVersion.EventStore, migrations, databaseName, cancellationToken);

    /// <summary>Brings one component's schema, whose version <paramref name="slot"/> keeps, to the last of <paramref name="migrations"/>.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="slot">Where the component's version is kept, and what the component is called in messages.</param>
    /// <param name="migrations">The steps, numbered 1, 2, 3….</param>
    /// <param name="databaseName">The file's name, for messages.</param>
    /// <param name="cancellationToken">Cancels the migration before it commits; nothing is then changed.</param>
    /// <returns>The version the database had before.</returns>
    /// <exception cref="DomainRuleViolationException">The database is newer than the steps know (<see cref="SqliteEventStore.SchemaVersionKnownRule"/>).</exception>
    public static int Migrate(SqliteConnection connection, SqliteSchemaVersion slot, IReadOnlyList<SqliteMigration> migrations, string databaseName, CancellationToken cancellationToken)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Schema step {i + 1} is numbered {migrations[i].Version}; steps are numbered 1, 2, 3… with no gaps.");
            }
        }

        var target = migrations.Count;
        var found = slot.Read(connection, null);
        if (found == target)
        {
            return found;
        }

        CheckKnown(slot, found, target, databaseName);
        using var transaction = connection.BeginTransaction(deferred: false);

        // Another process may have migrated between the first look and the write lock: look again under the lock.
        found = slot.Read(connection, transaction);
        CheckKnown(slot, found, target, databaseName);
        foreach (var step in migrations.Skip(found))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = step.Sql;
            command.ExecuteNonQuery();
            slot.Write(connection, transaction, step.Version);
        }

        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        return found;
    }

    private static void CheckKnown(SqliteSchemaVersion slot, int found, int known, string databaseName)
    {
        if (found > known)
        {
            throw new DomainRuleViolationException(
                SqliteEventStore.SchemaVersionKnownRule,
                $"The {slot.Component} '{databaseName}' has schema version {found}, but this library knows versions up to {known}: open it with a newer CommunityGovernance.Storage.Sqlite.");
        }

        if (found < 0)
        {
            throw new DomainRuleViolationException(
                SqliteEventStore.SchemaVersionKnownRule,
                $"The {slot.Component} '{databaseName}' has schema version {found}, which no version of this library writes.");
        }
    }
}

/// <summary>
/// Where a component's schema version is kept in a file: the event store's in <c>PRAGMA user_version</c>, so that it
/// changes in the same transaction as the tables; every other component's (the projection store, each durable read
/// model) as a row of the <c>schema_versions</c> table, since the file has only one user version.
/// </summary>
/// <param name="Component">What the component is called in messages, e.g. <c>event store</c>.</param>
/// <param name="Key">The component's row in <c>schema_versions</c>; null for the event store's user version.</param>
internal sealed record SqliteSchemaVersion(string Component, string? Key)
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS schema_versions (
            component TEXT    NOT NULL PRIMARY KEY COLLATE BINARY,
            version   INTEGER NOT NULL
        ) STRICT;
        """;

    /// <summary>The event store's version, in <c>PRAGMA user_version</c>.</summary>
    public static SqliteSchemaVersion EventStore { get; } = new("event store", null);

    /// <summary>Reads the version: 0 when the component has never been created.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The transaction to read in, if any.</param>
    /// <returns>The version.</returns>
    public int Read(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (Key is null)
        {
            command.CommandText = "PRAGMA user_version;";
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        command.CommandText = "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_versions';";
        if (command.ExecuteScalar() is null)
        {
            return 0;
        }

        command.CommandText = "SELECT version FROM schema_versions WHERE component = $component;";
        command.Parameters.AddWithValue("$component", Key);
        return command.ExecuteScalar() is { } version ? Convert.ToInt32(version, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Records the version, in the migration's transaction.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The migration's transaction.</param>
    /// <param name="version">The version reached.</param>
    public void Write(SqliteConnection connection, SqliteTransaction transaction, int version)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (Key is null)
        {
            command.CommandText = $"PRAGMA user_version = {version.ToString(CultureInfo.InvariantCulture)};";
            command.ExecuteNonQuery();
            return;
        }

        command.CommandText = CreateTable + """
            INSERT INTO schema_versions (component, version) VALUES ($component, $version)
            ON CONFLICT (component) DO UPDATE SET version = excluded.version;
            """;
        command.Parameters.AddWithValue("$component", Key);
        command.Parameters.AddWithValue("$version", version);
        command.ExecuteNonQuery();
    }
}
