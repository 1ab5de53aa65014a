using CommunityGovernance.Kernel;
using Microsoft.Data.Sqlite;

namespace CommunityGovernance.Storage.Sqlite.Tests;

/// <summary>The store creates its schema, versions it in the file, migrates older files and refuses newer ones.</summary>
public sealed class SchemaTests
{
    // A second step as a later release might add one: a column and a table of its own.
    private static readonly SqliteMigration[] s_withVersion2 =
    [
        .. SqliteSchema.Migrations,
        new(2, "ALTER TABLE events ADD COLUMN correlation TEXT; CREATE TABLE checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL) STRICT;"),
    ];

    [Fact]
    public async Task Opening_a_new_file_creates_the_current_schema_in_wal_mode()
    {
        using var database = new TempDatabase();

        await database.OpenAsync();

        Assert.Equal(1, SqliteEventStore.SchemaVersion);
        Assert.Equal(SqliteEventStore.SchemaVersion, database.Scalar<int>("PRAGMA user_version"));
        Assert.Equal("wal", database.Scalar<string>("PRAGMA journal_mode"));
        Assert.Equal(1, database.Scalar<int>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'events'"));
    }

    [Fact]
    public async Task Reopening_an_up_to_date_file_changes_nothing()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        await store.AppendAsync(Notes.Stream("N-1"), 0, [Notes.Note("w", 1)]);
        var schema = database.Column("SELECT name || coalesce(sql, '') FROM sqlite_master ORDER BY name");

        await database.OpenAsync();

        Assert.Equal(schema, database.Column("SELECT name || coalesce(sql, '') FROM sqlite_master ORDER BY name"));
        Assert.Single(await (await database.OpenAsync()).ReadAllAsync(0, 10));
    }

    [Fact]
    public async Task A_file_of_a_newer_schema_version_is_refused_naming_both_versions_and_left_as_it_is()
    {
        using var database = new TempDatabase();
        await database.OpenAsync();
        database.Execute("PRAGMA user_version = 99");

        var refused = await Assert.ThrowsAsync<DomainRuleViolationException>(() => database.OpenAsync());

        Assert.Equal(SqliteEventStore.SchemaVersionKnownRule, refused.Rule);
        Assert.Contains("schema version 99", refused.Message, StringComparison.Ordinal);
        Assert.Contains("up to 1", refused.Message, StringComparison.Ordinal);
        Assert.Contains("events.db", refused.Message, StringComparison.Ordinal);
        Assert.Equal(99, database.Scalar<int>("PRAGMA user_version"));
    }

    [Fact]
    public async Task An_older_file_is_brought_up_to_date_keeping_its_events()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        await store.AppendAsync(Notes.Stream("N-1"), 0, [Notes.Note("w", 1)]);

        using (var connection = database.OpenRaw())
        {
            Assert.Equal(1, SqliteSchema.Migrate(connection, s_withVersion2, "events.db", default));
            Assert.Equal(2, SqliteSchema.Migrate(connection, s_withVersion2, "events.db", default)); // Nothing left to do.
        }

        Assert.Equal(2, database.Scalar<int>("PRAGMA user_version"));
        Assert.Equal(1, database.Scalar<int>("SELECT count(*) FROM pragma_table_info('events') WHERE name = 'correlation'"));
        Assert.Equal(1, database.Scalar<int>("SELECT count(*) FROM sqlite_master WHERE name = 'checkpoints'"));
        Assert.Equal(1, database.Scalar<int>("SELECT count(*) FROM events"));

        // This library knows only version 1, so the migrated file is now too new for it.
        var refused = await Assert.ThrowsAsync<DomainRuleViolationException>(() => database.OpenAsync());
        Assert.Contains("schema version 2", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_file_runs_every_step_in_order()
    {
        using var database = new TempDatabase();
        using (var connection = database.OpenRaw())
        {
            Assert.Equal(0, SqliteSchema.Migrate(connection, s_withVersion2, "events.db", default));
        }

        Assert.Equal(2, database.Scalar<int>("PRAGMA user_version"));
        Assert.Equal(1, database.Scalar<int>("SELECT count(*) FROM sqlite_master WHERE name = 'checkpoints'"));
    }

    [Fact]
    public async Task A_step_that_fails_leaves_the_file_at_its_old_version_with_nothing_of_the_step()
    {
        using var database = new TempDatabase();
        await database.OpenAsync();
        SqliteMigration[] broken = [.. SqliteSchema.Migrations, new(2, "CREATE TABLE half_done (x INTEGER); SELECT * FROM no_such_table;")];

        using (var connection = database.OpenRaw())
        {
            Assert.Throws<SqliteException>(() => SqliteSchema.Migrate(connection, broken, "events.db", default));
        }

        Assert.Equal(1, database.Scalar<int>("PRAGMA user_version"));
        Assert.Equal(0, database.Scalar<int>("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"));
    }

    [Fact]
    public async Task A_cancelled_migration_changes_nothing()
    {
        using var database = new TempDatabase();
        await database.OpenAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        using (var connection = database.OpenRaw())
        {
            Assert.Throws<OperationCanceledException>(() => SqliteSchema.Migrate(connection, s_withVersion2, "events.db", cancelled.Token));
        }

        Assert.Equal(1, database.Scalar<int>("PRAGMA user_version"));
    }

    [Fact]
    public void Steps_must_be_numbered_from_one_without_gaps()
    {
        using var database = new TempDatabase();
        using var connection = database.OpenRaw();

        Assert.Throws<InvalidOperationException>(() => SqliteSchema.Migrate(connection, [SqliteSchema.Migrations[0], new(3, "SELECT 1;")], "events.db", default));
        Assert.Equal(0, SqliteSchema.VersionOf(connection));
    }

    [Fact]
    public async Task Stores_opening_a_new_file_at_once_create_the_schema_once()
    {
        using var database = new TempDatabase();

        var stores = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => database.OpenAsync())));
        await Task.WhenAll(stores.Select((store, i) => store.AppendAsync(Notes.Stream($"N-{i}"), 0, [Notes.Note("w", 1)])));

        Assert.Equal(1, database.Scalar<int>("PRAGMA user_version"));
        Assert.Equal(6, database.Scalar<int>("SELECT count(*) FROM events"));
    }
}
