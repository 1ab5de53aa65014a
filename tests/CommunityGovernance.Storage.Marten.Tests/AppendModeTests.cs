using System.Collections.Concurrent;
using CommunityGovernance.Testing.Storage;
using CommunityGovernance.Tests.Servers;
using JasperFx.Events;
using Marten;
using Marten.Services;
using Npgsql;
using Xunit.Abstractions;

namespace CommunityGovernance.Storage.Marten.Tests;

/// <summary>
/// Marten's append modes: the library configures <see cref="EventAppendMode.Quick"/> (one function call per append);
/// the store keeps the contract's write and feed cases in every mode a vendor may set instead.
/// </summary>
public sealed class AppendModeTests(PostgresServer server, ITestOutputHelper output) : PostgresTests(server)
{
    public static TheoryData<EventAppendMode, string> ModesAndCases()
    {
        var data = new TheoryData<EventAppendMode, string>();
        foreach (var mode in Enum.GetValues<EventAppendMode>())
        {
            foreach (var name in new[]
            {
                "AppendedEventsReadBackEqualInOrder", "StaleAppendIsRefusedAndWritesNothing", "NewStreamMustBeExpectedAtVersionZero",
                "BatchIsAppendedWholeOrNotAtAll", "ConcurrentWritersOnOneStreamLoseAndDoubleNothing", "FeedIsInCommitOrderWithoutGapsUnderConcurrentWriters",
                "TenantsNeverSeeEachOthersEvents",
            })
            {
                data.Add(mode, name);
            }
        }

        return data;
    }

    [SkippableFact]
    public async Task The_library_configures_Martens_quick_append_and_the_store_appends_in_one_function_call()
    {
        var commands = new CommandLog();
        await using var database = await NewStoreAsync(configure: o => o.Logger(commands));
        var store = database.Open();

        Assert.Equal(EventAppendMode.Quick, database.Store.Options.Events.AppendMode);
        commands.Clear();
        var first = await store.AppendAsync(Samples.NoteStream("H-1"), 0, [Samples.Note("H-1", "一"), Samples.Note("H-1", "二")]);
        var appendSql = commands.Texts();
        var second = await store.AppendAsync(Samples.NoteStream("H-1"), 2, [Samples.Note("H-1", "三")]);

        output.WriteLine(string.Join("\n---\n", appendSql));
        Assert.Contains(appendSql, sql => sql.Contains("mt_quick_append_events", StringComparison.Ordinal));
        Assert.DoesNotContain(appendSql, sql => sql.Contains("insert into", StringComparison.OrdinalIgnoreCase) && sql.Contains("mt_events", StringComparison.Ordinal));
        var feed = await store.ReadAllAsync(0, 10);
        Assert.Equal(new AppendResult(2, feed[1].Position), first);
        Assert.Equal(new AppendResult(3, feed[2].Position), second);
    }

    [SkippableTheory]
    [MemberData(nameof(ModesAndCases))]
    public async Task The_store_keeps_the_contracts_write_and_feed_cases_in_every_append_mode(EventAppendMode mode, string name)
    {
        var connectionString = await DatabaseAsync();
        MartenDatabase? database = null;
        try
        {
            await EventStoreContract.RunAsync(name, async (tenant, serializer, _) =>
            {
                database ??= await MartenDatabase.CreateAsync(connectionString, serializer, o => o.Events.AppendMode = mode);
                return database.Open(tenant);
            });
        }
        finally
        {
            if (database is not null)
            {
                await database.DisposeAsync();
            }
        }
    }

    /// <summary>The SQL Marten's sessions send, as a Marten logger sees it.</summary>
    private sealed class CommandLog : IMartenLogger, IMartenSessionLogger
    {
        private readonly ConcurrentQueue<string> _texts = new();

        public void Clear() => _texts.Clear();

        public List<string> Texts() => [.. _texts];

        public IMartenSessionLogger StartSession(IQuerySession session) => this;

        public void SchemaChange(string sql)
        {
        }

        public void LogSuccess(NpgsqlCommand command)
        {
        }

        public void LogFailure(NpgsqlCommand command, Exception ex)
        {
        }

        public void LogSuccess(NpgsqlBatch batch)
        {
        }

        public void LogFailure(NpgsqlBatch batch, Exception ex)
        {
        }

        public void LogFailure(Exception ex, string message)
        {
        }

        public void RecordSavedChanges(IDocumentSession session, IChangeSet commit)
        {
        }

        public void OnBeforeExecute(NpgsqlCommand command) => _texts.Enqueue(command.CommandText);

        public void OnBeforeExecute(NpgsqlBatch batch)
        {
            foreach (var command in batch.BatchCommands)
            {
                _texts.Enqueue(command.CommandText);
            }
        }
    }
}
