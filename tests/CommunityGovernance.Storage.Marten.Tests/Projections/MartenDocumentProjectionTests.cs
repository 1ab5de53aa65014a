using CommunityGovernance.Storage.Marten.Projections;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Tests.Servers;
using Marten;

namespace CommunityGovernance.Storage.Marten.Tests.Projections;

/// <summary>A read model kept as Marten documents: its documents and its checkpoint committed by one SaveChangesAsync.</summary>
public sealed class MartenDocumentProjectionTests(PostgresServer server) : PostgresTests(server)
{
    [SkippableFact]
    public async Task Documents_written_by_a_batch_that_fails_are_rolled_back_with_it_and_a_restart_writes_each_once()
    {
        await using var database = await NewStoreAsync(configure: o => o.Schema.For<NotesPerHousehold>().MultiTenanted());
        var events = database.Open();
        for (var n = 0; n < 6; n++)
        {
            await events.AppendAsync(Samples.NoteStream($"H-{n % 2}"), n / 2, [Samples.Note($"H-{n % 2}", $"第{n}条")]);
        }

        var projections = new MartenProjectionStore(database.Store);
        var failing = new NotesCounter(projections) { FailAt = 5 };
        var runner = new ProjectionRunner(events, [failing], new ProjectionRunnerOptions { BatchSize = 4 });
        await runner.CatchUpAsync();

        Assert.Equal((ProjectionState.Failed, 4L), (runner.Statuses[0].State, await projections.LoadCheckpointAsync(NotesCounter.ProjectionName, default)));
        Assert.Equal(new[] { 2, 2 }, await CountsAsync(database));                                 // events 1-4; the batch 5-6 rolled back

        await new ProjectionRunner(events, [new NotesCounter(new MartenProjectionStore(database.Store))]).CatchUpAsync();   // restarted
        Assert.Equal(new[] { 3, 3 }, await CountsAsync(database));
        Assert.Equal(6, await projections.LoadCheckpointAsync(NotesCounter.ProjectionName, default));
        Assert.Empty(await CountsAsync(database, new TenantId("510104")));
    }

    private static async Task<int[]> CountsAsync(MartenDatabase database, TenantId? tenant = null)
    {
        await using var session = database.Store.QuerySession((tenant ?? TenantId.Default).Value);
        return [.. (await session.Query<NotesPerHousehold>().OrderBy(d => d.Id).ToListAsync()).Select(d => d.Notes)];
    }

    public sealed class NotesPerHousehold
    {
        public string Id { get; set; } = string.Empty;

        public int Notes { get; set; }
    }

    /// <summary>Counts the notes of each household as a Marten document, read and stored through the batch's session.</summary>
    private sealed class NotesCounter(MartenProjectionStore store) : DurableProjection<IDocumentSession>(ProjectionName, store)
    {
        public const string ProjectionName = "notes-per-household";

        public long? FailAt { get; init; }

        protected override async ValueTask WhenAsync(IDocumentSession session, RecordedEvent recorded, CancellationToken cancellationToken)
        {
            if (recorded.Event is not HouseholdNoted noted)
            {
                return;
            }

            var counted = await session.LoadAsync<NotesPerHousehold>(noted.Household, cancellationToken) ?? new NotesPerHousehold { Id = noted.Household };
            counted.Notes++;
            session.Store(counted);
            if (recorded.Position == FailAt)
            {
                throw new InvalidOperationException("The counter cannot apply this note (a test's planted failure).");
            }
        }
    }
}
