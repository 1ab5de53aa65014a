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
        : base(KernelRules.StreamVersionMatches, $"Stream '{stream}' is at version {actualVersion}, but the changes were made against version {expectedVersion}.")
    {
        Stream = stream;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>The event stream's name.</summary>
    public string Stream { get; }

    /// <summary>The version the writer loaded.</summary>
    public long ExpectedVersion { get; }

    /// <summary>The version the stream has now.</summary>
    public long ActualVersion { get; }
}
