namespace CommunityGovernance.Storage.Projections;

/// <summary>
/// A read model kept in a database (持久化投影): each batch of events is applied in one transaction of an
/// <see cref="IProjectionStore{TSession}"/> that also stores the checkpoint, so an event's effect is committed exactly
/// once, and the read model survives a restart and resumes where it stopped instead of rebuilding.
/// </summary>
/// <typeparam name="TSession">What the read model writes its rows through inside a transaction.</typeparam>
/// <remarks>
/// <para>
/// <see cref="ApplyAsync"/> opens a transaction, skips the events at or before the checkpoint read inside it, calls
/// <see cref="WhenAsync"/> for each other event in order, and commits the rows with the last event's position as the
/// new checkpoint. Anything that stops the batch (an exception, a cancellation, a database fault, a lost connection,
/// a crash) before the commit leaves both the rows and the checkpoint as they were.
/// </para>
/// <para>
/// An event the read model cannot apply stops it there: the events before it in the batch are committed in a new
/// transaction, and <see cref="ProjectionFailedException"/> names the event, so the state and the checkpoint hold
/// everything before the event and nothing of it, as for an <see cref="InMemoryProjection"/>. Started again after a
/// fix, the projection resumes at that event.
/// </para>
/// <para>
/// A read model kept in a database holds copies that erasure by key destruction does not reach: never copy a
/// <c>[PersonalData]</c> member into one.
/// </para>
/// </remarks>
public abstract class DurableProjection<TSession> : IProjection
{
    private volatile bool _prepared;

    /// <summary>Creates the projection.</summary>
    /// <param name="name">Its stable name: its checkpoint's key in the store.</param>
    /// <param name="store">The database that keeps its state and checkpoint.</param>
    protected DurableProjection(string name, IProjectionStore<TSession> store)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(store);
        Name = name;
        Store = store;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The database that keeps the projection's state and checkpoint.</summary>
    protected IProjectionStore<TSession> Store { get; }

    /// <inheritdoc />
    public async ValueTask<long> LoadCheckpointAsync(CancellationToken cancellationToken)
    {
        await EnsurePreparedAsync(cancellationToken).ConfigureAwait(false);
        return await Store.LoadCheckpointAsync(Name, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask ApplyAsync(IReadOnlyList<RecordedEvent> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        cancellationToken.ThrowIfCancellationRequested();
        if (batch.Count == 0)
        {
            return;
        }

        await EnsurePreparedAsync(cancellationToken).ConfigureAwait(false);
        var failure = await CommitAsync(batch, batch.Count, cancellationToken).ConfigureAwait(false);
        if (failure is null)
        {
            return;
        }

        // Nothing of the batch was committed. Commit what came before the failing event, so the projection stops
        // exactly there; if that fails too, it stops at the earlier event instead.
        var earlier = await CommitAsync(batch, failure.Value.Index, cancellationToken).ConfigureAwait(false);
        var (index, cause) = earlier ?? failure.Value;
        throw cause as ProjectionFailedException ?? new ProjectionFailedException(Name, batch[index].Position, batch[index].Stream, cause);
    }

    /// <summary>
    /// Makes the store ready for the projection (e.g. creates or migrates its tables); called once, before the first
    /// checkpoint is read or batch applied. Nothing unless overridden.
    /// </summary>
    /// <param name="cancellationToken">Cancels the preparation.</param>
    /// <returns>A task that completes when the store is ready.</returns>
    protected virtual ValueTask PrepareAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>
    /// Applies one event to the read model's rows, through the transaction's session. Throw to refuse the event; the
    /// transaction is then rolled back, so the rows need not be left tidy.
    /// </summary>
    /// <param name="session">The session of the batch's transaction.</param>
    /// <param name="recorded">The event, after the checkpoint.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <returns>A task that completes when the event's rows are written (not yet committed).</returns>
    protected abstract ValueTask WhenAsync(TSession session, RecordedEvent recorded, CancellationToken cancellationToken);

    private async ValueTask EnsurePreparedAsync(CancellationToken cancellationToken)
    {
        if (!_prepared)
        {
            // Preparation is idempotent, so two first calls racing each other do it twice at worst.
            await PrepareAsync(cancellationToken).ConfigureAwait(false);
            _prepared = true;
        }
    }

    // Applies batch[0..count) in one transaction and commits it. Returns null when committed (or when nothing was
    // left to apply), or the index of the event that failed and why, having committed nothing.
    private async ValueTask<(int Index, Exception Cause)?> CommitAsync(IReadOnlyList<RecordedEvent> batch, int count, CancellationToken cancellationToken)
    {
        if (count == 0)
        {
            return null;
        }

        var transaction = await Store.BeginAsync(Name, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var checkpoint = transaction.Checkpoint;
            var last = checkpoint;
            for (var i = 0; i < count; i++)
            {
                var recorded = batch[i];
                if (recorded.Position <= checkpoint)
                {
                    continue; // Already committed, by this projection earlier or by another runner of it.
                }

                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    await WhenAsync(transaction.Session, recorded, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
                {
                    return (i, e);
                }

                last = recorded.Position;
            }

            if (last > checkpoint)
            {
                await transaction.CommitAsync(last, cancellationToken).ConfigureAwait(false);
            }

            return null;
        }
    }
}
