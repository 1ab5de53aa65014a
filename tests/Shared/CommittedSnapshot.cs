using System.Runtime.CompilerServices;
using Snapshooter.Xunit;

namespace CommunityGovernance.Tests;

/// <summary>
/// Matches a value with its committed snapshot. Snapshooter writes a snapshot it cannot find and passes, so a checkout
/// that lost one could never fail; under <c>CI=true</c> a missing snapshot fails instead, naming the file.
/// </summary>
internal static class CommittedSnapshot
{
    /// <summary>Matches <paramref name="actual"/> with <c>__snapshots__/{Class}.{Test}.snap</c> beside the test's file.</summary>
    /// <param name="actual">The value.</param>
    /// <param name="test">Filled in by the compiler: the test method.</param>
    /// <param name="file">Filled in by the compiler: the test's source file, named after its class.</param>
    public static void Match(object actual, [CallerMemberName] string test = "", [CallerFilePath] string file = "")
    {
        var snapshot = Path.Combine(Path.GetDirectoryName(file)!, "__snapshots__", $"{Path.GetFileNameWithoutExtension(file)}.{test}.snap");
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) && !File.Exists(snapshot))
        {
            Assert.Fail($"The committed snapshot {snapshot} is missing; under CI=true a snapshot is never written afresh. Run the test locally and commit the file.");
        }

        Snapshot.Match(actual);
    }
}
