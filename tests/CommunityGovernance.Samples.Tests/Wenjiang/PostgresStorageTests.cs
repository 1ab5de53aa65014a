using System.Globalization;
using CommunityGovernance.Tests.Servers;
using Wenjiang.Storage;

namespace CommunityGovernance.Samples.Tests.Wenjiang;

/// <summary>The sample's PostgreSQL option: the same report, stored through Marten and rebuilt from it.</summary>
[Collection(PostgresServerCollectionDefinition.Name)]
public sealed class PostgresStorageTests(PostgresServer server) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cg-wenjiang-pg-").FullName;

    [SkippableFact]
    public async Task On_PostgreSQL_the_first_and_the_reloaded_run_print_the_report_of_the_embedded_store()
    {
        ServerRequirement.SkipUnlessAvailable(server.UnavailableReason);
        var connection = await server.CreateDatabaseAsync("wenjiang_sample");
        var database = Path.Combine(_folder, "wenjiang.db");

        var first = await ScenarioRun.MainJob("--database", database, "--postgres", connection, "--fresh");
        var second = await ScenarioRun.MainJob("--database", database, "--postgres", connection);

        Assert.StartsWith("存储 Storage: wrote 3,130 events in 460 streams to PostgreSQL (Marten)", first, StringComparison.Ordinal);
        Assert.StartsWith("存储 Storage: read 3,130 events in 460 streams back from PostgreSQL (Marten)", second, StringComparison.Ordinal);
        var expected = ScenarioRun.Report(ScenarioRun.Result, CultureInfo.InvariantCulture);
        Assert.Equal(expected, Report(first));
        Assert.Equal(expected, Report(second));
        Assert.DoesNotContain(connection, first + second, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Report(string output) => output[(output.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
}
