namespace CommunityGovernance.Storage.Projections;

/// <summary>Where a projection stands.</summary>
/// <param name="Name">The projection's name.</param>
/// <param name="Checkpoint">The last feed position whose effect it holds.</param>
/// <param name="State">Whether it is catching up, following the feed, or stopped by a failure.</param>
/// <param name="Failure">Why it stopped, when it did: the event's position and the cause.</param>
public sealed record ProjectionStatus(string Name, long Checkpoint, ProjectionState State, ProjectionFailedException? Failure);

/// <summary>The states of a projection under a <see cref="ProjectionRunner"/>.</summary>
public enum ProjectionState
{
    /// <summary>Reading the feed from its checkpoint towards the end.</summary>
    CatchingUp = 1,

    /// <summary>Has reached the end of the feed and applies new events as they come.</summary>
    Live = 2,

    /// <summary>Stopped at an event it could not apply; see <see cref="ProjectionStatus.Failure"/>.</summary>
    Failed = 3,
}
