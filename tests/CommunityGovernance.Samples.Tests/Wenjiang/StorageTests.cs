using System.Globalization;
using CommunityGovernance.Tests;
using Microsoft.Data.Sqlite;
using Snapshooter.Xunit;
using Wenjiang.Storage;

namespace CommunityGovernance.Samples.Tests.Wenjiang;

/// <summary>The main job stores everything in SQLite, and a second run rebuilds every aggregate and prints the same report.</summary>
public sealed class StorageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cg-wenjiang-").FullName;

    private string Database => Path.Combine(_folder, "wenjiang.db");

    [Fact]
    public async Task The_first_run_stores_everything_and_prints_the_report_of_its_snapshot()
    {
        var first = await ScenarioRun.MainJob("--database", Database);

        CommittedSnapshot.Match(first);
    }

    [Fact]
    public async Task A_second_run_rebuilds_every_aggregate_from_the_store_and_prints_the_same_report()
    {
        var first = await ScenarioRun.MainJob("--database", Database);
        var second = await ScenarioRun.MainJob("--database", Database);

        CommittedSnapshot.Match(second);
        Assert.Equal(Report(first), Report(second));
        Assert.StartsWith("存储 Storage: read 3,130 events in 460 streams back from wenjiang.db (SQLite)", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fresh_run_starts_over_instead_of_reloading()
    {
        await ScenarioRun.MainJob("--database", Database);

        var fresh = await ScenarioRun.MainJob("--database", Database, "--fresh");

        Assert.StartsWith("存储 Storage: wrote 3,130 events in 460 streams to wenjiang.db (SQLite)", fresh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_store_keeps_Chinese_text_as_it_reads()
    {
        await ScenarioRun.MainJob("--database", Database);
        SqliteConnection.ClearAllPools();

        var text = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Database));
        Assert.Contains("光华社区居委会", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u5149", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_arguments_print_the_usage_and_fail()
    {
        var error = Console.Error;
        using var captured = new StringWriter(CultureInfo.InvariantCulture);
        Console.SetError(captured);
        try
        {
            Assert.Equal(2, await WenjiangProgram.RunAsync(["--frsh"], TextWriter.Null, AppContext.BaseDirectory));
        }
        finally
        {
            Console.SetError(error);
        }

        Assert.Contains(SampleOptions.Usage, captured.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static string Report(string output) => output[(output.IndexOf('\n', StringComparison.Ordinal) + 1)..];
}
