using CommunityGovernance.Kernel;
using JasperFx.Events;
using Marten;
using Marten.Events;
using Npgsql;

namespace CommunityGovernance.Storage.Marten;

public sealed partial class MartenEventStore
{
    // Rows per COPY command inside the import's one transaction.
    private const int ImportBatchSize = 5_000;

    /// <inheritdoc />
    /// <remarks>
    /// <para>
    /// Written by Marten's bulk import (<see cref="IDocumentStore.BulkInsertEventsAsync(string, IReadOnlyList{StreamAction}, int, CancellationToken)"/>):
    /// binary <c>COPY</c> of the streams and events in one transaction, the events serialized (and their personal data
    /// encrypted) by the store's serializer, feed positions drawn from Marten's sequence in the order given.
    /// </para>
    /// <para>
    /// Marten's import checks no versions and takes no lock of its own, so the store does both around it: it takes the
    /// tenant's feed lock in a transaction of its own (on a second connection, which reads nothing, so it holds no lock
    /// on Marten's tables), looks under that lock for a stream that already exists, and lets the lock go only once
    /// Marten's transaction has committed or rolled back. Appends of the tenant wait meanwhile, so the feed keeps
    /// commit order.
    /// </para>
    /// </remarks>
    public async Task<ImportResult> ImportAsync(IReadOnlyList<NewStream> streams, CancellationToken cancellationToken = default)
    {
        var count = EventStoreGuards.Import(streams);
        foreach (var stream in streams)
        {
            _events.CheckKnown(stream.Events);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (count == 0)
        {
            return default;
        }

        var graph = (EventGraph)((StoreOptions)_store.Options).Events;
        var actions = new List<StreamAction>(streams.Count);
        foreach (var stream in streams)
        {
            var action = StreamAction.Start(graph, stream.Stream.ToString(), [.. stream.Events]);
            foreach (var wrapped in action.Events)
            {
                wrapped.Id = Guid.CreateVersion7();
            }

            actions.Add(action);
        }

        var locking = _store.LightweightSession(Tenant.Value);
        await using (locking.ConfigureAwait(false))
        {
            await locking.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var connection = locking.Connection ?? throw new InvalidOperationException("Marten opened no connection for the import's lock.");
            await LockFeedAsync(connection, cancellationToken).ConfigureAwait(false);
            if (await FindExistingAsync(streams, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                throw new ConcurrencyConflictException(existing.Key, 0, existing.Version);
            }

            // Stamped under the lock, as appends are, so stored times follow positions as far as the clock allows.
            var storedAt = DateTimeOffset.UtcNow;
            foreach (var wrapped in actions.SelectMany(a => a.Events))
            {
                wrapped.Timestamp = storedAt;
            }

            try
            {
                await _store.BulkInsertEventsAsync(Tenant.Value, actions, ImportBatchSize, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                // Npgsql cancels a COPY by breaking the connection, and Marten's rollback then finds it disposed: the
                // server has rolled the transaction back, so report the cancellation the caller asked for.
                throw new OperationCanceledException("The import was cancelled before it committed; nothing was stored.", e, cancellationToken);
            }

            // Leaving the block rolls the lock's transaction back (it wrote nothing), which lets the lock go.
        }

        return new ImportResult(streams.Count, count, actions[0].Events[0].Sequence, actions[^1].Events[^1].Sequence);
    }

    private async Task LockFeedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var batch = new NpgsqlBatch(connection) { BatchCommands = { FeedLock.Take(Tenant) } };
        await using (batch.ConfigureAwait(false))
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // The first of the streams that already exists in the tenant, with its version; looked for in pages of keys.
    private async Task<(string Key, long Version)?> FindExistingAsync(IReadOnlyList<NewStream> streams, CancellationToken cancellationToken)
    {
        var session = _store.QuerySession(Tenant.Value);
        await using (session.ConfigureAwait(false))
        {
            foreach (var page in streams.Select(s => s.Stream.ToString()).Chunk(ListPageSize * 16))
            {
                var found = await session.QueryAsync<string>(
                    $"select id from {_schema}.mt_streams where tenant_id = ? and id = any(?) limit 1", cancellationToken, Tenant.Value, page).ConfigureAwait(false);
                if (found.Count != 0)
                {
                    return (found[0], await ReadVersionAsync(found[0], cancellationToken).ConfigureAwait(false));
                }
            }
        }

        return null;
    }
}
