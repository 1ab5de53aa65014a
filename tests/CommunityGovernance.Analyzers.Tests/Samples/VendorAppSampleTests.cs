using System.Diagnostics;
using System.Text.RegularExpressions;
using CommunityGovernance.Tests;

namespace CommunityGovernance.Analyzers.Tests.Samples;

/// <summary>
/// Builds <c>samples/VendorApp</c> with the analyzers, as a vendor's build would, and checks that exactly the
/// diagnostics its sources announce with <c>// expect CGBnnn</c> appear: the same ids on the same lines, nothing
/// more. The build goes to a temporary directory and reuses the already built Domain and Analyzers.
/// </summary>
public sealed partial class VendorAppSampleTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public void The_sample_vendor_app_shows_exactly_the_expected_diagnostics()
    {
        var root = RepositoryRoot.Path;
        var sample = Path.Combine(root, "samples", "VendorApp");
        var expected = ExpectedDiagnostics(sample);
        Assert.Equal(["CGB001", "CGB002", "CGB003", "CGB004", "CGB005", "CGB006"], expected.Select(e => e.Split(' ')[0]).Distinct().Order(StringComparer.Ordinal));

        var artifacts = Path.Combine(Path.GetTempPath(), "cg-vendorapp-" + Guid.NewGuid().ToString("N"));
        try
        {
            var output = Build(sample, artifacts);
            var actual = ActualDiagnostics(output, sample);
            Assert.True(actual.Count > 0, "The sample build reported no boundary diagnostic; build output:\n" + output);
            Assert.True(expected.SequenceEqual(actual), "Expected:\n" + string.Join("\n", expected) + "\nActual:\n" + string.Join("\n", actual) + "\nOutput:\n" + output);
        }
        finally
        {
            if (Directory.Exists(artifacts))
            {
                Directory.Delete(artifacts, recursive: true);
            }
        }
    }

    private static List<string> ExpectedDiagnostics(string sample)
    {
        var expected = new List<string>();
        foreach (var file in Directory.EnumerateFiles(sample, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sample, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var marker = lines[i].IndexOf("// expect ", StringComparison.Ordinal);
                if (marker < 0)
                {
                    continue;
                }

                foreach (var id in lines[i][(marker + "// expect ".Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    expected.Add($"{id} {relative}:{i + 1}");
                }
            }
        }

        expected.Sort(StringComparer.Ordinal);
        return expected;
    }

    private static List<string> ActualDiagnostics(string output, string sample)
    {
        // MSBuild may print a diagnostic more than once (per target and in a summary); the line holds it once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var actual = new List<string>();
        foreach (Match match in DiagnosticLine().Matches(output))
        {
            if (!seen.Add($"{match.Groups["id"].Value} {match.Groups["file"].Value}({match.Groups["line"].Value},{match.Groups["column"].Value})"))
            {
                continue;
            }

            var relative = Path.GetRelativePath(sample, match.Groups["file"].Value).Replace('\\', '/');
            actual.Add($"{match.Groups["id"].Value} {relative}:{match.Groups["line"].Value}");
        }

        actual.Sort(StringComparer.Ordinal);
        return actual;
    }

    private static string Build(string sample, string artifacts)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = sample,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "build", "VendorApp.csproj", "-c", Configuration, "-nologo", "-clp:NoSummary;ForceNoAlign", "-nodeReuse:false",
            "-p:BuildProjectReferences=false", "-p:UseSharedCompilation=false", "-p:VendorAppArtifacts=" + artifacts,
        })
        {
            start.ArgumentList.Add(argument);
        }

        // Without a console MSBuild would wrap long lines at 80 columns (hence ForceNoAlign above).
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(4)), "The sample build did not finish in time.");
        return output + error.GetAwaiter().GetResult();
    }

    [GeneratedRegex(@"^\s*(?<file>[^\s(][^(\r\n]*\.cs)\((?<line>\d+),(?<column>\d+)\): (?:warning|error) (?<id>CGB\d{3}):.*$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
