using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.ReadModels;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Storage.Sqlite.Projections;
using CommunityGovernance.Testing.Actors;
using CommunityGovernance.Testing.Communities;
using CommunityGovernance.Testing.Demands;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace CommunityGovernance.Storage.Sqlite.Tests.Projections;

/// <summary>
/// The demand list followed incrementally, through planted faults and restarts, equals the list rebuilt from scratch at
/// every checkpoint, and pages like the in-memory view.
/// </summary>
public sealed class SqliteDemandListProperties
{
    private static readonly Instant s_start = Instant.FromUtc(2025, 1, 1, 0, 0);

    public static Arbitrary<History> Histories() =>
        (from count in Gen.Choose(0, 4)
         from demands in Gen.ArrayOf(DemandGenerators.Scenarios, count)
         from jurisdictions in Gen.ArrayOf(UnitGenerators.AdministrativeCommunities, 4)
         from livings in Gen.ArrayOf(UnitGenerators.LivingCommunities, 3)
         from commandCount in Gen.Choose(0, 8)
         let owners = OwnersOf(livings.Distinct().ToArray())
         from commands in Gen.ArrayOf(CoverageGenerators.Command(jurisdictions, owners), commandCount)
         let coverage = new CoverageScenario(UnitGenerators.Wenjiang, [.. jurisdictions.Distinct()], [.. owners.GroupBy(o => o.Key).Select(g => KeyValuePair.Create(g.Key, g.Select(o => o.Value).ToArray()))], commands)
         from cuts in Gen.ArrayOf(Gen.Choose(1, 5), 5)
         from faults in Gen.ArrayOf(Gen.Choose(0, 10), 2)
         from batchSize in Gen.Choose(1, 5)
         select new History([.. demands.DistinctBy(d => d.Id)], coverage, cuts, faults, batchSize)).ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(SqliteDemandListProperties)])]
    public Property The_list_followed_through_faults_and_restarts_equals_the_list_rebuilt_from_scratch_at_every_checkpoint(History history)
    {
        using var incremental = new TempDatabase();
        var feed = new InMemoryEventStore();
        var projections = DemandListScenario.OpenProjectionsAsync(incremental.Path).GetAwaiter().GetResult();
        var list = new SqliteDemandList(projections);
        var options = new ProjectionRunnerOptions { BatchSize = history.BatchSize };
        var runner = new ProjectionRunner(feed, [list], options);
        var step = 0;
        foreach (var (stream, version, events) in Appends(history))
        {
            feed.AppendAsync(stream, version, events).GetAwaiter().GetResult();
            var faulty = history.Faults.Contains(step++);
            if (faulty)
            {
                // The database refuses every checkpoint write: whatever the runner applies now is lost with its batch.
                list.LoadCheckpointAsync(default).AsTask().GetAwaiter().GetResult();
                incremental.Execute("CREATE TRIGGER planted BEFORE UPDATE ON projection_checkpoints BEGIN SELECT RAISE(ABORT, 'planted'); END;");
                incremental.Execute("CREATE TRIGGER planted_new BEFORE INSERT ON projection_checkpoints BEGIN SELECT RAISE(ABORT, 'planted'); END;");
            }

            runner.CatchUpAsync().GetAwaiter().GetResult();
            if (Differs(incremental, feed, out var difference))
            {
                return false.Label($"after append {step}{(faulty ? " (faulty)" : string.Empty)}: {difference}");
            }

            if (faulty)
            {
                incremental.Execute("DROP TRIGGER planted; DROP TRIGGER planted_new;");
                list = new SqliteDemandList(DemandListScenario.OpenProjectionsAsync(incremental.Path).GetAwaiter().GetResult());   // as after a restart
                runner = new ProjectionRunner(feed, [list], options);
                runner.CatchUpAsync().GetAwaiter().GetResult();
                if (Differs(incremental, feed, out difference))
                {
                    return false.Label($"restarted after append {step}: {difference}");
                }
            }
        }

        var all = feed.ReadAllAsync(0, int.MaxValue).GetAwaiter().GetResult();
        var view = new ResponseFieldView();
        if (all.Count > 0)
        {
            view.ApplyAsync(all, default).AsTask().GetAwaiter().GetResult();
        }

        var pages = DemandListScenario.DifferenceAsync(list, view, history.Demands.SelectMany(d => d.Responsible.Select(a => a.Id))).GetAwaiter().GetResult();
        return (runner.Statuses[0].State == ProjectionState.Live).Label($"the list is {runner.Statuses[0].State} at the end: {runner.Statuses[0].Failure?.Message}")
            .And(pages is null).Label($"the list's pages differ from the in-memory view's: {pages}");
    }

    // Whether the incremental list differs from one rebuilt from scratch (in a file of its own) up to its checkpoint.
    private static bool Differs(TempDatabase incremental, InMemoryEventStore feed, out string difference)
    {
        var checkpoint = incremental.Scalar<long>("SELECT coalesce(max(position), 0) FROM projection_checkpoints WHERE projection = 'demand-list'");
        // The scratch list lives in a memory database that lasts while one connection to it stays open.
        var scratch = new SqliteConnectionStringBuilder { DataSource = $"scratch-{Guid.NewGuid():N}", Mode = SqliteOpenMode.Memory, Cache = SqliteCacheMode.Shared }.ConnectionString;
        using var keepAlive = new SqliteConnection(scratch);
        keepAlive.Open();
        var list = new SqliteDemandList(SqliteProjectionStore.OpenAsync(new SqliteProjectionStoreOptions { ConnectionString = scratch }).GetAwaiter().GetResult());
        list.LoadCheckpointAsync(default).AsTask().GetAwaiter().GetResult();
        var events = feed.ReadAllAsync(0, int.MaxValue).GetAwaiter().GetResult().Where(e => e.Position <= checkpoint).ToList();
        if (events.Count > 0)
        {
            list.ApplyAsync(events, default).AsTask().GetAwaiter().GetResult();
        }

        using var followedConnection = incremental.OpenRaw();
        var (followed, rebuilt) = (Rows(followedConnection), Rows(keepAlive));
        difference = $"at checkpoint {checkpoint} the list holds [{string.Join("; ", followed)}] but rebuilt from scratch [{string.Join("; ", rebuilt)}]";
        return !followed.SequenceEqual(rebuilt);
    }

    private static List<string> Rows(SqliteConnection connection)
    {
        var rows = new List<string>();
        foreach (var sql in new[] { "SELECT * FROM demand_list ORDER BY tenant, id", "SELECT * FROM demand_list_buildings ORDER BY tenant, register, building" })
        {
            using var select = connection.CreateCommand();
            select.CommandText = sql;
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        return rows;
    }

    // The demands and the register, each as its stream's events, appended in pieces whose sizes the cuts give, streams interleaved.
    private static IEnumerable<(StreamName Stream, long Version, DomainEvent[] Events)> Appends(History history)
    {
        var register = CoverageRegister.Open(UnitGenerators.Wenjiang, new FixedCommunityDirectory(s_start).Establish(CommunityUnit.Administrative(UnitGenerators.Wenjiang)), s_start);
        var world = history.Coverage.BuildWorld(s_start);
        var at = s_start;
        foreach (var command in history.Coverage.Commands)
        {
            at += Duration.FromHours(1);
            try
            {
                command.ApplyTo(register, world, at);
            }
            catch (DomainRuleViolationException)
            {
                // Refused: the register is unchanged and the history goes on.
            }
        }

        var streams = history.Demands.Select(d => d.Run()).Select(d => ((StreamName)d.Stream, d.PendingEvents.ToArray()))
            .Append(((StreamName)register.Stream, register.PendingEvents.ToArray()))
            .ToArray();
        var cursors = new int[streams.Length];
        var cut = 0;
        for (var remaining = true; remaining;)
        {
            remaining = false;
            for (var s = 0; s < streams.Length; s++)
            {
                var (stream, events) = streams[s];
                if (cursors[s] >= events.Length)
                {
                    continue;
                }

                var size = Math.Min(history.Cuts[cut++ % history.Cuts.Length], events.Length - cursors[s]);
                yield return (stream, cursors[s], events[cursors[s]..(cursors[s] + size)]);
                cursors[s] += size;
                remaining |= cursors[s] < events.Length;
            }
        }
    }

    /// <summary>Demands and a coverage register's commands, how to cut their appends, where to plant faults, and the runner's batch size.</summary>
    // Four buildings, dealt round the living communities.
    private static KeyValuePair<LivingCommunityId, BuildingId>[] OwnersOf(LivingCommunityId[] livings) =>
        [.. Enumerable.Range(1, 4).Select(b => KeyValuePair.Create(livings[b % livings.Length], new BuildingId($"B-{b}")))];

    public sealed record History(DemandScenario[] Demands, CoverageScenario Coverage, int[] Cuts, int[] Faults, int BatchSize)
    {
        public override string ToString() =>
            $"{Demands.Length} demands [{string.Join(", ", Demands.Select(d => $"{d.Id} about {d.Subject}, {d.Commands.Count} commands"))}], {Coverage.Commands.Count} coverage commands, cuts [{string.Join(", ", Cuts)}], faults at appends [{string.Join(", ", Faults)}], batches of {BatchSize}";
    }
}
