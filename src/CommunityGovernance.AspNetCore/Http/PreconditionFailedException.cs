namespace CommunityGovernance.AspNetCore.Http;

/// <summary>A request's <c>If-Match</c> did not name the aggregate's current version: answered as 412 Precondition Failed.</summary>
public sealed class PreconditionFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="currentVersion">The aggregate's current version.</param>
    /// <param name="message">What did not match.</param>
    public PreconditionFailedException(long currentVersion, string message)
        : base(message)
    {
        CurrentVersion = currentVersion;
    }

    /// <summary>The aggregate's current version, whose tag the answer carries.</summary>
    public long CurrentVersion { get; }
}
