namespace CommunityGovernance.Kernel;

/// <summary>
/// Changes were made against a stale version of an aggregate: someone else appended to its event stream since it
/// was loaded. Nothing was appended; reload the aggregate, re-run the command, and save again.
/// </summary>
public sealed class ConcurrencyConflictException : DomainException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="stream">The event stream's name.</param>
    /// <param name="expectedVersion">The version the writer loaded.</param>
    /// <param name="actualVersion">The version the stream has now.</param>
    public ConcurrencyConflictException(string stream, long expectedVersion, long actualVersion)
        : base(KernelRules.StreamVersionMatches, MessageFor(stream, expectedVersion, actualVersion))
    {
        Stream = stream;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>The event stream's name.</summary>
    public string Stream { get; }

    // A stream behind the writer is not someone else's write: name the likelier cause.
    private static string MessageFor(string stream, long expectedVersion, long actualVersion) => expectedVersion > actualVersion
        ? $"Stream '{stream}' is at version {actualVersion}, behind the version {expectedVersion} the changes were made against: " +
          "events of the aggregate were never stored (taken with DequeuePendingEvents() without saving, or saved to another store or tenant)."
        : $"Stream '{stream}' is at version {actualVersion}, but the changes were made against version {expectedVersion}: someone else appended since it was loaded; reload and retry.";

    /// <summary>The version the writer loaded.</summary>
    public long ExpectedVersion { get; }

    /// <summary>The version the stream has now.</summary>
    public long ActualVersion { get; }
}
