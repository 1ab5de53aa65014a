using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using Microsoft.Data.Sqlite;

namespace CommunityGovernance.Storage.Sqlite.Tests;

/// <summary>Faults surface with SQLite's own cause, never with the connection string, and leave nothing half-written.</summary>
public sealed class FaultTests
{
    private const string Password = "Sup3r-S3cret-Pa55";

    [Fact]
    public async Task A_file_that_cannot_be_opened_fails_with_sqlites_error_and_without_the_connection_string()
    {
        var connectionString = $"Data Source=/no-such-folder-{Guid.NewGuid():N}/events.db";

        var failed = await Assert.ThrowsAsync<SqliteException>(() => Open(connectionString));

        Assert.Equal(14, failed.SqliteErrorCode); // SQLITE_CANTOPEN
        AssertNotShown(failed, connectionString);
    }

    [Fact]
    public async Task A_password_in_the_connection_string_is_never_shown_in_a_failure()
    {
        var connectionString = $"Data Source=/no-such-folder-{Guid.NewGuid():N}/events.db;Password={Password}";

        // This build of SQLite has no encryption, so the provider refuses the password; a build with it cannot open the folder.
        var failed = await Record.ExceptionAsync(() => Open(connectionString));

        Assert.NotNull(failed);
        AssertNotShown(failed, connectionString);
    }

    [Fact]
    public async Task A_malformed_connection_string_is_refused_without_being_quoted()
    {
        var connectionString = $"Data Source=events.db;Passwort={Password}";

        var failed = await Assert.ThrowsAsync<ArgumentException>(() => Open(connectionString));

        AssertNotShown(failed, connectionString);
    }

    [Fact]
    public async Task An_append_to_a_read_only_file_fails_with_sqlites_error_and_writes_nothing()
    {
        using var database = new TempDatabase();
        var writable = await database.OpenAsync();
        await writable.AppendAsync(Notes.Stream("N-1"), 0, [Notes.Note("w", 1)]);
        var connectionString = $"Data Source={database.Path};Mode=ReadOnly";
        var readOnly = await Open(connectionString, database.Serializer);

        var failed = await Assert.ThrowsAsync<SqliteException>(() => readOnly.AppendAsync(Notes.Stream("N-1"), 1, [Notes.Note("w", 2)]));

        Assert.Equal(8, failed.SqliteErrorCode); // SQLITE_READONLY
        AssertNotShown(failed, connectionString);
        Assert.Single(await readOnly.ReadStreamAsync(Notes.Stream("N-1")));
    }

    [Fact]
    public async Task A_writer_held_up_past_the_busy_timeout_fails_with_sqlites_busy_error_and_writes_nothing()
    {
        using var database = new TempDatabase();
        await database.OpenAsync();
        var store = await SqliteEventStore.OpenAsync(new SqliteEventStoreOptions { DataSource = database.Path, Serializer = database.Serializer, BusyTimeout = TimeSpan.FromMilliseconds(200) });
        using var blocker = database.OpenRaw();
        using var held = blocker.BeginTransaction(deferred: false);

        var failed = await Assert.ThrowsAsync<SqliteException>(() => store.AppendAsync(Notes.Stream("N-1"), 0, [Notes.Note("w", 1)]));
        held.Rollback();

        Assert.Equal(5, failed.SqliteErrorCode); // SQLITE_BUSY
        Assert.Equal(0, database.Scalar<int>("SELECT count(*) FROM events"));
    }

    [Fact]
    public async Task A_writer_waits_for_another_to_finish_within_the_busy_timeout()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var blocker = database.OpenRaw();
        var held = blocker.BeginTransaction(deferred: false);
        var release = Task.Run(async () =>
        {
            await Task.Delay(150);
            held.Commit();
            held.Dispose();
            blocker.Dispose();
        });

        var appended = await Task.Run(() => store.AppendAsync(Notes.Stream("N-1"), 0, [Notes.Note("w", 1)]));
        await release;

        Assert.Equal(1, appended.StreamVersion);
    }

    [Fact]
    public async Task A_unique_constraint_violation_from_a_writer_that_slipped_in_is_a_concurrency_conflict()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var stream = Notes.Stream("raced");

        // Stands in for a writer that did not take the write lock first: it inserts version 1 just before the store does.
        database.Execute("""
            CREATE TRIGGER racer BEFORE INSERT ON events WHEN NEW.stream_key = 'raced' AND NEW.event_type = 'Noted'
            BEGIN
                INSERT INTO events (tenant, stream_kind, stream_key, stream_version, event_type, schema_version, data, stored_at)
                VALUES (NEW.tenant, NEW.stream_kind, NEW.stream_key, NEW.stream_version, 'Racer', 1, '{}', NEW.stored_at);
            END;
            """);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.AppendAsync(stream, 0, [Notes.Note("w", 1)]));

        Assert.Equal((stream.ToString(), 0L), (conflict.Stream, conflict.ExpectedVersion));
        Assert.Equal(0, database.Scalar<int>("SELECT count(*) FROM events"));
    }

    [Fact]
    public async Task A_serializer_that_would_write_personal_data_in_clear_is_refused()
    {
        using var database = new TempDatabase();

        var refused = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            SqliteEventStore.OpenAsync(new SqliteEventStoreOptions { DataSource = database.Path, Serializer = new DomainEventSerializer() }));

        Assert.Equal(SqliteEventStore.PersonalDataProtectedRule, refused.Rule);
        Assert.False(File.Exists(database.Path));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("events.db", "Data Source=events.db")]
    public async Task Either_a_data_source_or_a_connection_string_is_given(string? dataSource, string? connectionString)
    {
        using var database = new TempDatabase();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            SqliteEventStore.OpenAsync(new SqliteEventStoreOptions { DataSource = dataSource, ConnectionString = connectionString, Serializer = database.Serializer }));
    }

    [Fact]
    public void The_options_do_not_show_the_connection_string()
    {
        using var database = new TempDatabase();
        var options = new SqliteEventStoreOptions { ConnectionString = $"Data Source=x.db;Password={Password}", Serializer = database.Serializer };

        Assert.DoesNotContain(Password, options.ToString(), StringComparison.Ordinal);
    }

    private static async Task<SqliteEventStore> Open(string connectionString, DomainEventSerializer? serializer = null)
    {
        using var database = new TempDatabase();
        return await SqliteEventStore.OpenAsync(new SqliteEventStoreOptions { ConnectionString = connectionString, Serializer = serializer ?? database.Serializer });
    }

    private static void AssertNotShown(Exception failure, string connectionString)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            Assert.DoesNotContain(Password, e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(connectionString, e.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Password, failure.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(connectionString, failure.ToString(), StringComparison.Ordinal);
    }
}
