using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage.Projections;

/// <summary>
/// A projection could not apply an event of the feed. It stopped there: its state and checkpoint hold the events before
/// <see cref="Position"/> and nothing of it or after it. Fix the cause (a bug, a missing upcaster) and start it again; it
/// resumes at that event and never skips it.
/// </summary>
public sealed class ProjectionFailedException : DomainException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="projection">The projection's name.</param>
    /// <param name="position">The feed position of the event it could not apply.</param>
    /// <param name="stream">The event's stream.</param>
    /// <param name="innerException">Why.</param>
    public ProjectionFailedException(string projection, long position, StreamName stream, Exception innerException)
        : base(StorageRules.ProjectionAppliesEveryEvent, $"Projection '{projection}' stopped at position {position} (stream '{stream}'): {innerException?.GetType().Name}: {innerException?.Message}", innerException)
    {
        Projection = projection;
        Position = position;
        Stream = stream;
    }

    /// <summary>The projection's name.</summary>
    public string Projection { get; }

    /// <summary>The feed position of the event it could not apply.</summary>
    public long Position { get; }

    /// <summary>The event's stream.</summary>
    public StreamName Stream { get; }
}
