using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage;

/// <summary>
/// A stored event cannot be read: its type is unknown, its JSON is corrupt, its schema version is newer than this
/// library's, or no upcaster bridges its version. Stores raise it rather than skip the event, naming the stream and
/// the version, so the stream can be repaired; nothing is changed by reading.
/// </summary>
public sealed class StoredEventUnreadableException : DomainException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="stream">The stream holding the event.</param>
    /// <param name="streamVersion">The event's number within the stream.</param>
    /// <param name="eventType">The stored type name.</param>
    /// <param name="cause">What the serializer said, free of personal data.</param>
    /// <param name="innerException">The underlying error.</param>
    public StoredEventUnreadableException(StreamName stream, long streamVersion, string eventType, string cause, Exception? innerException = null)
        : base(StorageRules.StoredEventIsReadable, $"Event {streamVersion} of stream '{stream}' ('{eventType}') cannot be read: {cause}", innerException)
    {
        Stream = stream;
        StreamVersion = streamVersion;
        EventType = eventType;
    }

    /// <summary>The stream holding the event.</summary>
    public StreamName Stream { get; }

    /// <summary>The event's number within the stream.</summary>
    public long StreamVersion { get; }

    /// <summary>The stored type name.</summary>
    public string EventType { get; }
}
