namespace CommunityGovernance.Storage.Projections;

/// <summary>
/// A read model kept current from a store's feed (投影): it remembers the last feed position whose effect it holds (its
/// checkpoint), and applies the events after it.
/// </summary>
/// <remarks>
/// <para>
/// Every event's effect is applied exactly once: <see cref="ApplyAsync"/> applies a batch and moves the checkpoint to
/// the batch's last position together, or neither. A projection into a database (<see cref="DurableProjection{TSession}"/>)
/// commits its state and its checkpoint in one transaction of an <see cref="IProjectionStore{TSession}"/>; an in-memory
/// one (<see cref="InMemoryProjection"/>) starts at 0 and rebuilds from the start.
/// </para>
/// <para>
/// A projection that cannot apply an event throws; the <see cref="ProjectionRunner"/> then stops it with the event's
/// position and the cause (<see cref="ProjectionFailedException"/>) and never skips the event.
/// </para>
/// </remarks>
public interface IProjection
{
    /// <summary>The projection's stable name, in its checkpoint's records and in errors.</summary>
    string Name { get; }

    /// <summary>The position up to which the projection holds the feed's effect; 0 when it holds none.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The checkpoint.</returns>
    ValueTask<long> LoadCheckpointAsync(CancellationToken cancellationToken);

    /// <summary>Applies a batch of events, in position order, all after the checkpoint, and moves the checkpoint to the last one's position.</summary>
    /// <param name="batch">The events; at least one.</param>
    /// <param name="cancellationToken">Cancels the batch; a cancelled batch changes neither the state nor the checkpoint.</param>
    /// <returns>A task that completes once state and checkpoint are both stored.</returns>
    /// <exception cref="ProjectionFailedException">An event could not be applied; neither state nor checkpoint moved past it.</exception>
    ValueTask ApplyAsync(IReadOnlyList<RecordedEvent> batch, CancellationToken cancellationToken);
}
