using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.ReadModels;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Storage.Sqlite.Projections;
using Microsoft.Data.Sqlite;
using static CommunityGovernance.Storage.Sqlite.Tests.Projections.DemandListScenario;

namespace CommunityGovernance.Storage.Sqlite.Tests.Projections;

/// <summary>
/// Faults of the database itself, planted in the file (triggers that abort, a connection that goes away mid-batch):
/// the read model's rows and its checkpoint stay together, and a restart resumes without applying an event twice
/// (the list's primary key would refuse it) or skipping one.
/// </summary>
public sealed class SqliteProjectionFaultTests
{
    [Fact]
    public async Task A_database_fault_on_a_row_mid_batch_commits_the_rows_before_it_and_the_checkpoint_with_them()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var positions = await RaiseAsync(store, 8);
        var list = new SqliteDemandList(await OpenProjectionsAsync(database.Path));
        await list.LoadCheckpointAsync(default);   // creates the tables, so the trigger can be planted on them
        database.Execute("CREATE TRIGGER planted BEFORE INSERT ON demand_list WHEN NEW.id = 'D-6' BEGIN SELECT RAISE(ABORT, 'disk I/O error (planted)'); END;");

        var runner = new ProjectionRunner(store, [list], new ProjectionRunnerOptions { BatchSize = 4 });
        await runner.CatchUpAsync();

        var failure = runner.Statuses[0].Failure!;
        Assert.Equal(positions[5], failure.Position);
        Assert.IsType<SqliteException>(failure.InnerException);
        Assert.Equal((positions[4], 5L), Standing(database));

        database.Execute("DROP TRIGGER planted;");
        await RestartAsync(database, store);
        Assert.Equal((positions[^1], 8L), Standing(database));
    }

    [Fact]
    public async Task A_database_fault_at_the_checkpoint_write_leaves_the_whole_batch_unwritten()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var positions = await RaiseAsync(store, 8);
        var list = new SqliteDemandList(await OpenProjectionsAsync(database.Path));
        database.Execute($"CREATE TRIGGER planted_insert BEFORE INSERT ON projection_checkpoints WHEN NEW.position > {positions[3]} BEGIN SELECT RAISE(ABORT, 'database or disk is full (planted)'); END;");
        database.Execute($"CREATE TRIGGER planted_update BEFORE UPDATE ON projection_checkpoints WHEN NEW.position > {positions[3]} BEGIN SELECT RAISE(ABORT, 'database or disk is full (planted)'); END;");

        var runner = new ProjectionRunner(store, [list], new ProjectionRunnerOptions { BatchSize = 4 });
        await runner.CatchUpAsync();

        var status = runner.Statuses[0];
        Assert.Equal(ProjectionState.Failed, status.State);
        Assert.Equal(positions[4], status.Failure!.Position);   // the first event of the batch whose commit failed
        Assert.Equal(positions[3], status.Checkpoint);
        Assert.Equal((positions[3], 4L), Standing(database));

        database.Execute("DROP TRIGGER planted_insert; DROP TRIGGER planted_update;");
        await RestartAsync(database, store);
        Assert.Equal((positions[^1], 8L), Standing(database));
    }

    [Fact]
    public async Task A_connection_that_goes_away_mid_batch_loses_the_batch_as_a_crash_would_and_the_restart_redoes_it_once()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var positions = await RaiseAsync(store, 8);
        var projections = await OpenProjectionsAsync(database.Path);
        var crashing = new CrashingList(projections, positions[5]);

        var runner = new ProjectionRunner(store, [crashing], new ProjectionRunnerOptions { BatchSize = 4 });
        await runner.CatchUpAsync();

        // The batch of D-5…D-8 was lost with its connection; the events before the one that found the connection gone
        // were committed again in a new transaction, so the projection stands just before that event.
        var status = runner.Statuses[0];
        Assert.Equal(ProjectionState.Failed, status.State);
        Assert.Equal(positions[6], status.Failure!.Position);
        Assert.Equal((positions[5], 6L), Standing(database));

        await RestartAsync(database, store);
        Assert.Equal((positions[^1], 8L), Standing(database));
        Assert.Equal(8, (await new SqliteDemandList(projections).DemandsAsync(new DemandQuery(), At)).Total);
    }

    [Fact]
    public async Task A_cancelled_catch_up_leaves_the_batch_unwritten()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var positions = await RaiseAsync(store, 8);
        using var stop = new CancellationTokenSource();
        var cancelling = new CrashingList(await OpenProjectionsAsync(database.Path), positions[5], stop);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ProjectionRunner(store, [cancelling], new ProjectionRunnerOptions { BatchSize = 4 }).CatchUpAsync(stop.Token));

        Assert.Equal((positions[3], 4L), Standing(database));
        await RestartAsync(database, store);
        Assert.Equal((positions[^1], 8L), Standing(database));
    }

    [Fact]
    public async Task A_new_version_of_a_read_models_tables_rebuilds_it_from_the_start_and_an_older_one_is_refused()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        var positions = await RaiseAsync(store, 3);
        var projections = await OpenProjectionsAsync(database.Path);
        await new ProjectionRunner(store, [new Counting(projections, 1)]).CatchUpAsync();
        Assert.Equal(positions[^1], await new Counting(projections, 1).LoadCheckpointAsync(default));

        var second = new Counting(projections, 2);
        Assert.Equal(0, await second.LoadCheckpointAsync(default));                   // rebuilt: emptied, checkpoint back to 0
        Assert.Equal(0, database.Scalar<long>("SELECT count(*) FROM counted"));
        await new ProjectionRunner(store, [second]).CatchUpAsync();
        Assert.Equal(3, database.Scalar<long>("SELECT count(*) FROM counted"));
        Assert.Equal(2, database.Scalar<long>("SELECT version FROM schema_versions WHERE component = 'projection:counting'"));

        var refused = await Assert.ThrowsAsync<DomainRuleViolationException>(async () => await new Counting(projections, 1).LoadCheckpointAsync(default));
        Assert.Equal(SqliteEventStore.SchemaVersionKnownRule, refused.Rule);
        Assert.Equal(3, database.Scalar<long>("SELECT count(*) FROM counted"));
    }

    [Fact]
    public async Task The_projection_store_shares_the_event_stores_file_without_touching_its_schema_and_refuses_a_newer_one_of_its_own()
    {
        using var database = new TempDatabase();
        var store = await database.OpenAsync();
        await RaiseAsync(store, 2);
        await new ProjectionRunner(store, [new SqliteDemandList(await OpenProjectionsAsync(database.Path))]).CatchUpAsync();

        Assert.Equal(SqliteEventStore.SchemaVersion, database.Scalar<long>("PRAGMA user_version"));
        Assert.Equal(SqliteProjectionStore.SchemaVersion, database.Scalar<long>("SELECT version FROM schema_versions WHERE component = 'projections'"));
        await database.OpenAsync();   // the event store opens its file as before

        database.Execute("UPDATE schema_versions SET version = 99 WHERE component = 'projections';");
        var refused = await Assert.ThrowsAsync<DomainRuleViolationException>(() => OpenProjectionsAsync(database.Path));
        Assert.Equal(SqliteEventStore.SchemaVersionKnownRule, refused.Rule);
        Assert.Contains("projection store", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<long>> RaiseAsync(IEventStore store, int count)
    {
        var positions = new List<long>();
        for (var n = 1; n <= count; n++)
        {
            positions.Add((await store.SaveAsync(Raise($"D-{n}", CommunityUnit.Administrative(Heping), n))).LastPosition);
        }

        return positions;
    }

    // Where the demand list stands, read from the file: its checkpoint and its rows.
    private static (long Checkpoint, long Rows) Standing(TempDatabase database) =>
        (database.Scalar<long>("SELECT coalesce(max(position), 0) FROM projection_checkpoints WHERE projection = 'demand-list'"),
         database.Scalar<long>("SELECT count(*) FROM demand_list"));

    // As after a restart: new stores, a new list and a new runner over the same file, caught up to the end.
    private static async Task RestartAsync(TempDatabase database, IEventStore store)
    {
        var runner = new ProjectionRunner(store, [new SqliteDemandList(await OpenProjectionsAsync(database.Path))], new ProjectionRunnerOptions { BatchSize = 4 });
        await runner.CatchUpAsync();
        Assert.Equal(ProjectionState.Live, runner.Statuses[0].State);
    }

    /// <summary>The demand list's rows under its name, whose connection goes away (or whose runner is cancelled) at one event, once.</summary>
    private sealed class CrashingList(SqliteProjectionStore database, long at, CancellationTokenSource? cancel = null) : SqliteProjection(SqliteDemandList.ProjectionName, database)
    {
        private readonly SqliteDemandList _list = new(database);
        private bool _crashed;

        protected override SqliteProjectionSchema Schema => throw new NotSupportedException("The demand list's own schema is used.");

        // The demand list's tables, created as the list itself creates them.
        protected override async ValueTask PrepareAsync(CancellationToken cancellationToken) => await _list.LoadCheckpointAsync(cancellationToken);

        protected override void When(SqliteProjectionSession session, RecordedEvent recorded)
        {
            session.Execute("INSERT INTO demand_list (tenant, id, category, subject_level, subject_code, status, raised_at, due_at, position) VALUES ($tenant, $id, 3, 5, 510115001001, 1, 0, 0, $position);", ("$id", ((DemandRaised)recorded.Event).Demand.Value), ("$position", recorded.Position));
            if (recorded.Position == at && !_crashed)
            {
                _crashed = true;
                if (cancel is null)
                {
                    session.Connection.Close();   // the connection goes away with its uncommitted transaction
                }
                else
                {
                    cancel.Cancel();
                    cancel.Token.ThrowIfCancellationRequested();
                }
            }
        }
    }

    /// <summary>A read model of one table whose version the test chooses.</summary>
    private sealed class Counting(SqliteProjectionStore database, int version) : SqliteProjection("counting", database)
    {
        protected override SqliteProjectionSchema Schema => new(version, $"CREATE TABLE counted (tenant TEXT NOT NULL, position INTEGER PRIMARY KEY, v{version} INTEGER) STRICT;", ["counted"]);

        protected override void When(SqliteProjectionSession session, RecordedEvent recorded) =>
            session.Execute("INSERT INTO counted (tenant, position) VALUES ($tenant, $position);", ("$position", recorded.Position));
    }
}
