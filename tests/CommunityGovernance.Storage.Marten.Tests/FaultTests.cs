using CommunityGovernance.Tests.Servers;
using Npgsql;

namespace CommunityGovernance.Storage.Marten.Tests;

/// <summary>
/// Faults surface with their cause and leave nothing half-written: a connection killed or timed out mid-append, an
/// append cancelled while it waits, a server stopped under the store. The password never reaches a message.
/// </summary>
public sealed class FaultTests(PostgresServer server) : PostgresTests(server)
{
    private const string Password = "Wj-510115-s3cret!";

    [SkippableFact]
    public async Task An_append_whose_connection_is_killed_mid_append_writes_nothing_and_names_the_cause()
    {
        await using var database = await NewStoreAsync();
        var store = database.Open();
        var stream = Samples.NoteStream("H-1");
        await store.AppendAsync(stream, 0, [Samples.Note("H-1", "一")]);

        await using (var holder = await FeedLocks.HoldAsync(database, store.Tenant))
        {
            var append = store.AppendAsync(stream, 1, [Samples.Note("H-1", "二"), Samples.Note("H-1", "三")]);
            var waiting = await FeedLocks.WaitingBackendAsync(database);
            await database.ExecuteAsync("select pg_terminate_backend($1)", waiting);

            var failed = await Assert.ThrowsAnyAsync<Exception>(() => append);
            Assert.Contains(Chain(failed), e => e is NpgsqlException);
        }

        Assert.Single(await store.ReadStreamAsync(stream));
        Assert.Equal(3, (await store.AppendAsync(stream, 1, [Samples.Note("H-1", "二"), Samples.Note("H-1", "三")])).StreamVersion);
    }

    [SkippableFact]
    public async Task An_append_cancelled_while_it_waits_writes_nothing()
    {
        await using var database = await NewStoreAsync();
        var store = database.Open();
        var stream = Samples.NoteStream("H-1");

        await using (var holder = await FeedLocks.HoldAsync(database, store.Tenant))
        {
            using var cancellation = new CancellationTokenSource();
            var append = store.AppendAsync(stream, 0, [Samples.Note("H-1", "一"), Samples.Note("H-1", "二")], cancellation.Token);
            await FeedLocks.WaitingBackendAsync(database);
            await cancellation.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => append);
        }

        Assert.Empty(await store.ReadAllAsync(0, 10));
        Assert.Equal(2, (await store.AppendAsync(stream, 0, [Samples.Note("H-1", "一"), Samples.Note("H-1", "二")])).StreamVersion);
    }

    [SkippableFact]
    public async Task An_append_that_times_out_writes_nothing_and_names_the_timeout()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await DatabaseAsync()) { CommandTimeout = 1 }.ConnectionString;
        await using var database = await MartenDatabase.CreateAsync(connectionString, MartenDatabase.Serializer());
        var store = database.Open();
        var stream = Samples.NoteStream("H-1");

        await using (var holder = await FeedLocks.HoldAsync(database, store.Tenant))
        {
            var failed = await Assert.ThrowsAnyAsync<Exception>(() => store.AppendAsync(stream, 0, [Samples.Note("H-1", "一")]));
            Assert.Contains(Chain(failed), e => e is TimeoutException or PostgresException { SqlState: PostgresErrorCodes.QueryCanceled });
        }

        Assert.Empty(await store.ReadAllAsync(0, 10));
    }

    [SkippableFact]
    public async Task A_stopped_server_surfaces_with_its_cause_and_never_shows_the_password()
    {
        ServerRequirement.SkipUnlessAvailable(Server.UnavailableReason);
        using var doomed = new PostgresServer();
        ServerRequirement.SkipUnlessAvailable(doomed.UnavailableReason);
        await using (var admin = new NpgsqlConnection(doomed.ConnectionString))
        {
            await admin.OpenAsync();
            foreach (var sql in new[] { $"create role cg_app login password '{Password}'", "create database cg_fault owner cg_app" })
            {
                await using var command = new NpgsqlCommand(sql, admin);
                await command.ExecuteNonQueryAsync();
            }

            // The test cluster trusts every local user; make this role prove its password, as in production.
            await using var hba = new NpgsqlCommand("show hba_file", admin);
            var hbaFile = (string)(await hba.ExecuteScalarAsync())!;
            await File.WriteAllTextAsync(hbaFile, "host all cg_app 127.0.0.1/32 scram-sha-256\n" + await File.ReadAllTextAsync(hbaFile));
            await using var reload = new NpgsqlCommand("select pg_reload_conf()", admin);
            await reload.ExecuteNonQueryAsync();
        }

        var wrong = new NpgsqlConnectionStringBuilder(doomed.ConnectionString) { Username = "cg_app", Password = "not-" + Password, Database = "cg_fault" }.ConnectionString;
        var refused = await Assert.ThrowsAsync<PostgresException>(() => MartenDatabase.CreateAsync(wrong, MartenDatabase.Serializer()));
        Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
        Assert.DoesNotContain(Password, refused.ToString(), StringComparison.Ordinal);

        var connectionString = new NpgsqlConnectionStringBuilder(doomed.ConnectionString) { Username = "cg_app", Password = Password, Database = "cg_fault" }.ConnectionString;
        await using var database = await MartenDatabase.CreateAsync(connectionString, MartenDatabase.Serializer());
        var store = database.Open();
        var stream = Samples.NoteStream("H-1");
        await store.AppendAsync(stream, 0, [Samples.Note("H-1", "一")]);

        doomed.Dispose();

        Exception[] failures =
        [
            await Assert.ThrowsAnyAsync<Exception>(() => store.AppendAsync(stream, 1, [Samples.Note("H-1", "二")])),
            await Assert.ThrowsAnyAsync<Exception>(() => store.ReadStreamAsync(stream)),
            await Assert.ThrowsAnyAsync<Exception>(() => store.ReadAllAsync(0, 10)),
            await Assert.ThrowsAnyAsync<Exception>(async () => await store.ListStreamsAsync("household-notes").GetAsyncEnumerator().MoveNextAsync()),
        ];
        foreach (var failure in failures)
        {
            Assert.Contains(Chain(failure), e => e is NpgsqlException or System.Net.Sockets.SocketException or IOException);
            Assert.DoesNotContain(Password, failure.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Password=", failure.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? cause = e; cause is not null; cause = cause.InnerException)
        {
            yield return cause;
            if (cause is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }

}
