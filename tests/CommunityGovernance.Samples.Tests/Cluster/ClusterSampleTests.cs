using System.Diagnostics;
using System.Text.RegularExpressions;
using CommunityGovernance.Demands;
using CommunityGovernance.Tests.Servers;

namespace CommunityGovernance.Samples.Tests.Cluster;

/// <summary>
/// samples/Cluster run as a vendor runs it, in its own process: two silos and a client over the tests' PostgreSQL and
/// Redis. The Wenjiang District's 9 streets and 95 communities give 104 organisations, 9 rights and 95 demands.
/// </summary>
[Collection(PostgresServerCollectionDefinition.Name)]
public sealed partial class ClusterSampleTests(PostgresServer postgres)
{
    [SkippableFact]
    public async Task The_cluster_sample_spreads_the_district_over_both_silos_and_both_answer_the_rights_check()
    {
        ServerRequirement.SkipUnlessAvailable(postgres.UnavailableReason);
        using var redis = new RedisServer();
        ServerRequirement.SkipUnlessAvailable(redis.UnavailableReason);
        var connection = await postgres.CreateDatabaseAsync("cluster_sample");

        var (exit, output) = await RunAsync("--postgres", connection, "--redis", redis.ConnectionString);

        Assert.True(exit == 0, $"exit {exit}:\n{output}");
        Assert.Contains("established district 510115 (", output, StringComparison.Ordinal);
        Assert.Contains("registered 104 organisations", output, StringComparison.Ordinal);
        Assert.Matches(@"199 commands for 9 streets and 95 communities in \d+\.\d s", output);

        // 1 district, 104 organisations, 9 rights and 95 demands, each an aggregate of its own, on both silos.
        var placed = PlacedLine().Matches(output).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, placed.Count);
        Assert.All(placed, n => Assert.True(n > 0, output));
        Assert.Equal(209, placed.Sum());

        // The refusal crosses the wire as the domain's exception, naming a rule of the demands' table.
        var refused = RefusedLine().Match(output);
        Assert.True(refused.Success, output);
        Assert.Contains(refused.Groups[1].Value, typeof(DemandRules).GetFields().Select(f => f.GetRawConstantValue() as string));

        var answers = AnswerLine().Matches(output);
        Assert.Equal(2, answers.Count);
        Assert.All(answers, a => Assert.Equal("True", a.Groups[1].Value));
        Assert.DoesNotContain(connection, output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^silo \S+: (\d+) aggregates active$", RegexOptions.Multiline)]
    private static partial Regex PlacedLine();

    [GeneratedRegex(@"^accepting twice is refused: (\w+)$", RegexOptions.Multiline)]
    private static partial Regex RefusedLine();

    [GeneratedRegex(@"^silo \d: SO-510115\d{3} may set tasks in street 510115\d{3}: (\w+) \(its index at feed position \d+ of \d+\)$", RegexOptions.Multiline)]
    private static partial Regex AnswerLine();

    private static async Task<(int Exit, string Output)> RunAsync(params string[] arguments)
    {
        // tests/CommunityGovernance.Samples.Tests/bin/<configuration>/net10.0/ -> samples/Cluster/bin/<configuration>/net10.0/
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var root = output.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var sample = Path.Combine(root, "samples", "Cluster", "bin", configuration, output.Name, "Cluster.dll");
        Assert.True(File.Exists(sample), $"{sample} was not built");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(sample);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"samples/Cluster did not finish within 5 minutes:\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, (await stdout).ReplaceLineEndings("\n") + (await stderr).ReplaceLineEndings("\n"));
    }
}
