namespace CommunityGovernance.Storage.Projections;

/// <summary>
/// A read model held in memory: it starts empty at checkpoint 0, so it is rebuilt from the start of the feed on every
/// start, and applies events one at a time, so its checkpoint is always the last event it applied.
/// </summary>
/// <remarks>
/// The runner calls <see cref="When"/> from one task at a time. A read model read by other threads while the runner
/// applies events must publish its state safely itself (e.g. swap an immutable snapshot).
/// </remarks>
public abstract class InMemoryProjection : IProjection
{
    /// <summary>Creates the projection.</summary>
    /// <param name="name">Its stable name.</param>
    protected InMemoryProjection(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The position of the last event applied; 0 before the first.</summary>
    public long Checkpoint { get; private set; }

    /// <inheritdoc />
    public ValueTask<long> LoadCheckpointAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Checkpoint);

    /// <inheritdoc />
    public ValueTask ApplyAsync(IReadOnlyList<RecordedEvent> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var recorded in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (recorded.Position <= Checkpoint)
            {
                continue; // Already applied: exactly once, even if a batch is handed over twice.
            }

            try
            {
                When(recorded);
            }
            catch (Exception e) when (e is not OperationCanceledException and not ProjectionFailedException)
            {
                throw new ProjectionFailedException(Name, recorded.Position, recorded.Stream, e);
            }

            Checkpoint = recorded.Position;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Applies one event to the read model. Either it changes the state fully or it throws having changed nothing.</summary>
    /// <param name="recorded">The event with its position and stream.</param>
    protected abstract void When(RecordedEvent recorded);
}
