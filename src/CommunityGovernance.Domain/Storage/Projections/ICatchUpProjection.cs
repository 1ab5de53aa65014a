namespace CommunityGovernance.Storage.Projections;

/// <summary>
/// A projection that catches up more cheaply when it may hold back what it applies from its readers until the catch-up
/// ends. The <see cref="ProjectionRunner"/> tells it where a catch-up (a backlog of full batches) starts and ends, and
/// counts a position as reached for <see cref="ProjectionRunner.WaitForAsync"/> only once readers see it.
/// </summary>
/// <remarks>
/// <see cref="Rights.LiveGovernanceRightsIndex"/> is one: during a catch-up it applies the events to one of its two
/// copies only, readers answering from the other meanwhile (and saying at which position), and at the end it shows the
/// caught-up copy and copies it into the other, instead of applying every event twice.
/// </remarks>
public interface ICatchUpProjection : IProjection
{
    /// <summary>The feed position up to which readers see the projection's state: at most its checkpoint, below it during a catch-up.</summary>
    long PublishedPosition { get; }

    /// <summary>The runner is about to hand over a backlog of several batches: until <see cref="CaughtUpAsync"/>, readers may go on seeing the state from before.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the projection is ready for the backlog.</returns>
    ValueTask CatchingUpAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The runner has handed over every event up to the current end of the feed, or stops catching up (a failure, a
    /// cancellation): show readers everything applied, so that <see cref="PublishedPosition"/> reaches the checkpoint.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when readers see everything applied.</returns>
    ValueTask CaughtUpAsync(CancellationToken cancellationToken);
}
