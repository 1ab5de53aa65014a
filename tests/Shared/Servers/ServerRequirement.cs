using Xunit;

namespace CommunityGovernance.Tests.Servers;

/// <summary>
/// What a test does when a server it needs (see <see cref="PostgresServer.UnavailableReason"/>) is not there.
/// </summary>
/// <remarks>
/// On a developer's machine without the server the test is skipped, so the rest of the suite still runs and the skip
/// says why. Under CI (<c>CI=true</c>) the server is part of the environment, and a skip there would let these tests
/// stop running without anyone noticing, so the test fails instead. Tests using it are <c>[SkippableFact]</c> or
/// <c>[SkippableTheory]</c> (package Xunit.SkippableFact), the attributes that turn the skip into a skipped result.
/// </remarks>
public static class ServerRequirement
{
    /// <summary>The environment variable that CI sets to <c>true</c>.</summary>
    public const string CiVariable = "CI";

    /// <summary>Whether this run is CI's, where a missing server is a failure.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable(CiVariable), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns when the server is available; otherwise skips the calling test, or fails it under CI.</summary>
    /// <param name="unavailableReason">The fixture's reason the server cannot be used; <see langword="null"/> when it can.</param>
    /// <exception cref="SkipException">The server is unavailable and this is not CI.</exception>
    /// <exception cref="InvalidOperationException">The server is unavailable and <c>CI=true</c>.</exception>
    public static void SkipUnlessAvailable(string? unavailableReason)
    {
        if (unavailableReason is null)
        {
            return;
        }

        if (IsCi)
        {
            throw new InvalidOperationException(
                $"The test server is required under {CiVariable}=true, but it was unavailable: {unavailableReason}");
        }

        Skip.If(true, $"The test server is unavailable: {unavailableReason}");
    }
}
