using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;

namespace CommunityGovernance.Testing.Storage;

public static partial class ProjectionStoreContract
{
    private static readonly ProjectionRunnerOptions s_batchesOfFour = new() { BatchSize = 4 };

    private static async Task CheckpointMovesWithTheRows<TSession>(ContractRun<TSession> run)
    {
        var store = await run.OpenAsync().ConfigureAwait(false);
        await run.CheckStandsAtAsync(store, [], 0, "before any batch").ConfigureAwait(false);

        var positions = await FeedAsync(run.Feed, 10, run.CancellationToken).ConfigureAwait(false);
        var runner = new ProjectionRunner(run.Feed, [new LedgerProjection<TSession>(run, store)], s_batchesOfFour);
        await runner.CatchUpAsync(run.CancellationToken).ConfigureAwait(false);
        run.Check(runner.Statuses[0].State == ProjectionState.Live, $"the projection is {runner.Statuses[0].State} after catching up: {runner.Statuses[0].Failure?.Message}");
        await run.CheckStandsAtAsync(store, positions, 10, "after catching up in batches of four").ConfigureAwait(false);
        await run.CheckStandsAtAsync(await run.OpenAsync().ConfigureAwait(false), positions, 10, "read by a store opened again").ConfigureAwait(false);
    }

    private static async Task FailureMidBatchCommitsTheEventsBeforeIt<TSession>(ContractRun<TSession> run)
    {
        var positions = await FeedAsync(run.Feed, 10, run.CancellationToken).ConfigureAwait(false);
        var store = await run.OpenAsync().ConfigureAwait(false);
        var runner = new ProjectionRunner(run.Feed, [new LedgerProjection<TSession>(run, store) { FailAt = positions[5] }], s_batchesOfFour);
        await runner.CatchUpAsync(run.CancellationToken).ConfigureAwait(false);

        var status = runner.Statuses[0];
        run.Check(status.State == ProjectionState.Failed, $"a projection that cannot apply an event is {status.State}, not failed.");
        run.Check(status.Failure?.Position == positions[5], $"the failure names position {status.Failure?.Position}, not the failing event's {positions[5]}.");
        run.Check(status.Failure?.InnerException is InvalidOperationException, $"the failure's cause is {status.Failure?.InnerException?.GetType().Name}, not the projection's exception.");
        await run.CheckStandsAtAsync(store, positions, 5, "after a failure at the sixth event, in the second batch of four").ConfigureAwait(false);

        await ResumeAsync(run, positions, "after a failure").ConfigureAwait(false);
    }

    private static async Task CancellationMidBatchChangesNothing<TSession>(ContractRun<TSession> run)
    {
        var positions = await FeedAsync(run.Feed, 10, run.CancellationToken).ConfigureAwait(false);
        var store = await run.OpenAsync().ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(run.CancellationToken);
        var runner = new ProjectionRunner(run.Feed, [new LedgerProjection<TSession>(run, store) { CancelAt = (positions[5], stop) }], s_batchesOfFour);
        var cancelled = false;
        try
        {
            await runner.CatchUpAsync(stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !run.CancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }

        run.Check(cancelled, "a catch-up cancelled in the middle of a batch did not end cancelled.");
        await run.CheckStandsAtAsync(store, positions, 4, "after a cancellation at the sixth event, in the second batch of four").ConfigureAwait(false);

        await ResumeAsync(run, positions, "after a cancellation").ConfigureAwait(false);
    }

    private static async Task FailedCommitChangesNothing<TSession>(ContractRun<TSession> run)
    {
        var positions = await FeedAsync(run.Feed, 10, run.CancellationToken).ConfigureAwait(false);
        var store = await run.OpenAsync().ConfigureAwait(false);
        var runner = new ProjectionRunner(run.Feed, [new LedgerProjection<TSession>(run, new CommitFault<TSession>(store, positions[4]))], s_batchesOfFour);
        await runner.CatchUpAsync(run.CancellationToken).ConfigureAwait(false);

        var status = runner.Statuses[0];
        run.Check(status.State == ProjectionState.Failed && status.Failure?.InnerException is IOException, $"a projection whose commit failed is {status.State} ({status.Failure?.InnerException?.GetType().Name}), not failed with the commit's fault.");
        await run.CheckStandsAtAsync(store, positions, 4, "after the second batch's commit failed").ConfigureAwait(false);

        await ResumeAsync(run, positions, "after a failed commit").ConfigureAwait(false);
    }

    private static async Task AbandonedTransactionChangesNothing<TSession>(ContractRun<TSession> run)
    {
        var positions = await FeedAsync(run.Feed, 3, run.CancellationToken).ConfigureAwait(false);
        var recorded = await ReadAllAsync(run.Feed, run.CancellationToken).ConfigureAwait(false);
        var store = await run.OpenAsync().ConfigureAwait(false);
        var abandoned = await store.BeginAsync(LedgerName, run.CancellationToken).ConfigureAwait(false);
        await using (abandoned.ConfigureAwait(false))
        {
            foreach (var e in recorded)
            {
                await run.UnderTest.RecordAsync(abandoned.Session, LedgerName, e, run.CancellationToken).ConfigureAwait(false);
            }
        }

        await run.CheckStandsAtAsync(store, positions, 0, "after a transaction was disposed without a commit").ConfigureAwait(false);

        // The abandoned transaction let go of whatever it held: the next one writes and commits.
        var next = await store.BeginAsync(LedgerName, run.CancellationToken).ConfigureAwait(false);
        await using (next.ConfigureAwait(false))
        {
            run.Check(next.Checkpoint == 0, $"a transaction after an abandoned one reads checkpoint {next.Checkpoint}, not 0.");
            await run.UnderTest.RecordAsync(next.Session, LedgerName, recorded[0], run.CancellationToken).ConfigureAwait(false);
            await next.CommitAsync(positions[0], run.CancellationToken).ConfigureAwait(false);
        }

        await run.CheckStandsAtAsync(store, positions, 1, "after the next transaction committed one event").ConfigureAwait(false);
    }

    private static async Task EventsAtOrBeforeTheCheckpointAreNotAppliedAgain<TSession>(ContractRun<TSession> run)
    {
        var positions = await FeedAsync(run.Feed, 8, run.CancellationToken).ConfigureAwait(false);
        var recorded = await ReadAllAsync(run.Feed, run.CancellationToken).ConfigureAwait(false);
        var store = await run.OpenAsync().ConfigureAwait(false);
        var ledger = new LedgerProjection<TSession>(run, store);
        await ledger.ApplyAsync([.. recorded.Take(5)], run.CancellationToken).ConfigureAwait(false);
        await ledger.ApplyAsync([.. recorded.Skip(2)], run.CancellationToken).ConfigureAwait(false);   // three events again, then three new
        await run.CheckStandsAtAsync(store, positions, 8, "after a batch that overlaps the previous one").ConfigureAwait(false);
    }

    private static async Task CheckpointOnlyMovesForward<TSession>(ContractRun<TSession> run)
    {
        var store = await run.OpenAsync().ConfigureAwait(false);
        var transaction = await store.BeginAsync(LedgerName, run.CancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var refused = false;
            try
            {
                await transaction.CommitAsync(transaction.Checkpoint, run.CancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentOutOfRangeException)
            {
                refused = true;
            }

            run.Check(refused, "a commit that does not move the checkpoint forward was not refused with ArgumentOutOfRangeException.");
        }

        await run.CheckStandsAtAsync(store, [], 0, "after a refused commit").ConfigureAwait(false);
    }

    private static async Task CompetingRunnersApplyEachEventOnce<TSession>(ContractRun<TSession> run)
    {
        var positions = await FeedAsync(run.Feed, 120, run.CancellationToken).ConfigureAwait(false);

        // Two stores opened apart, as two processes would, each with a runner of the same projection.
        var options = new ProjectionRunnerOptions { BatchSize = 5 };
        var runners = new List<ProjectionRunner>();
        for (var i = 0; i < 2; i++)
        {
            runners.Add(new ProjectionRunner(run.Feed, [new LedgerProjection<TSession>(run, await run.OpenAsync().ConfigureAwait(false))], options));
        }

        await Task.WhenAll(runners.Select(r => Task.Run(() => r.CatchUpAsync(run.CancellationToken), run.CancellationToken))).ConfigureAwait(false);
        foreach (var status in runners.Select(r => r.Statuses[0]))
        {
            run.Check(status.State != ProjectionState.Failed, $"a runner racing another over the same projection failed: {status.Failure?.Message}");
        }

        await run.CheckStandsAtAsync(await run.OpenAsync().ConfigureAwait(false), positions, positions.Count, "after two runners caught up at once").ConfigureAwait(false);
    }

    private static async Task TenantsKeepTheirOwnCheckpointsAndRows<TSession>(ContractRun<TSession> run)
    {
        var (east, west) = (new TenantId("district-east"), new TenantId("district-west"));
        var eastFeed = run.Feed.ForTenant(east);
        var westFeed = run.Feed.ForTenant(west);
        await FeedAsync(eastFeed, 6, run.CancellationToken).ConfigureAwait(false);
        await FeedAsync(westFeed, 4, run.CancellationToken).ConfigureAwait(false);
        var eastPositions = (await ReadAllAsync(eastFeed, run.CancellationToken).ConfigureAwait(false)).Select(r => r.Position).ToArray();
        var westPositions = (await ReadAllAsync(westFeed, run.CancellationToken).ConfigureAwait(false)).Select(r => r.Position).ToArray();
        var eastStore = await run.OpenAsync(east).ConfigureAwait(false);
        var westStore = await run.OpenAsync(west).ConfigureAwait(false);

        await new ProjectionRunner(eastFeed, [new LedgerProjection<TSession>(run, eastStore)], s_batchesOfFour).CatchUpAsync(run.CancellationToken).ConfigureAwait(false);
        await run.CheckStandsAtAsync(eastStore, eastPositions, eastPositions.Length, "for the tenant whose projection caught up").ConfigureAwait(false);
        await run.CheckStandsAtAsync(westStore, westPositions, 0, "for another tenant, whose projection has not run").ConfigureAwait(false);

        await new ProjectionRunner(westFeed, [new LedgerProjection<TSession>(run, westStore)], s_batchesOfFour).CatchUpAsync(run.CancellationToken).ConfigureAwait(false);
        await run.CheckStandsAtAsync(westStore, westPositions, westPositions.Length, "for the second tenant once its projection caught up").ConfigureAwait(false);
        await run.CheckStandsAtAsync(eastStore, eastPositions, eastPositions.Length, "for the first tenant after the second caught up").ConfigureAwait(false);
    }

    // A restarted projection (a store opened again, a new instance, a new runner) resumes and ends with every event once.
    private static async Task ResumeAsync<TSession>(ContractRun<TSession> run, IReadOnlyList<long> positions, string after)
    {
        var reopened = await run.OpenAsync().ConfigureAwait(false);
        var runner = new ProjectionRunner(run.Feed, [new LedgerProjection<TSession>(run, reopened)], s_batchesOfFour);
        await runner.CatchUpAsync(run.CancellationToken).ConfigureAwait(false);
        run.Check(runner.Statuses[0].State == ProjectionState.Live, $"restarted {after}, the projection is {runner.Statuses[0].State}: {runner.Statuses[0].Failure?.Message}");
        await run.CheckStandsAtAsync(reopened, positions, positions.Count, $"restarted {after}").ConfigureAwait(false);
    }

    // Appends participation profiles of up to ten events each until the feed holds `count` more events; returns the feed's positions.
    private static async Task<IReadOnlyList<long>> FeedAsync(InMemoryEventStore feed, int count, CancellationToken cancellationToken)
    {
        var written = 0;
        for (var n = 1; written < count; n++)
        {
            var profile = ContractData.Profile($"A-{n:D3}", Math.Min(9, count - written - 1));
            written += profile.PendingEvents.Count;
            await feed.SaveAsync(profile, cancellationToken).ConfigureAwait(false);
        }

        return [.. (await ReadAllAsync(feed, cancellationToken).ConfigureAwait(false)).Select(r => r.Position)];
    }

    private static async Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(IEventStore feed, CancellationToken cancellationToken) =>
        await feed.ReadAllAsync(0, int.MaxValue, cancellationToken).ConfigureAwait(false);
}
