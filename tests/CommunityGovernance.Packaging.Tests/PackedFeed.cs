using System.Globalization;

namespace CommunityGovernance.Packaging.Tests;

/// <summary>
/// Packs the shipped packages once per test run, under a version no earlier run used (so no cached
/// package can stand in for them), into the repository's local feed, and removes them again afterwards.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    private readonly List<string> _consumers = [];

    public PackedFeed()
    {
        RepositoryRoot = FindRepositoryRoot();
        Feed = Path.Combine(RepositoryRoot, "artifacts", "packages");
        Version = string.Create(CultureInfo.InvariantCulture, $"0.0.0-packagetest.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}");
        foreach (var project in Projects)
        {
            Dotnet.Run(RepositoryRoot, "pack", project, "-c", "Release", "-o", Feed, $"-p:Version={Version}", "-p:ContinuousIntegrationBuild=true")
                .Succeeded($"dotnet pack {project}");
        }
    }

    public static IReadOnlyList<string> Projects { get; } =
    [
        "src/CommunityGovernance.Domain/CommunityGovernance.Domain.csproj",
        "src/CommunityGovernance.Analyzers.Package/CommunityGovernance.Analyzers.Package.csproj",
        "src/CommunityGovernance.Testing/CommunityGovernance.Testing.csproj",
        "src/CommunityGovernance.Storage.Sqlite/CommunityGovernance.Storage.Sqlite.csproj",
        "src/CommunityGovernance.Storage.Marten/CommunityGovernance.Storage.Marten.csproj",
        "src/CommunityGovernance.Orleans/CommunityGovernance.Orleans.csproj",
        "src/CommunityGovernance.AspNetCore/CommunityGovernance.AspNetCore.csproj",
        "src/CommunityGovernance.AspNetCore.Marten/CommunityGovernance.AspNetCore.Marten.csproj",
    ];

    public string RepositoryRoot { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>Copies a consumer template into a fresh directory outside the solution, wired to the local feed.</summary>
    public string CreateConsumer(string template)
    {
        var directory = Directory.CreateTempSubdirectory("cg-consumer-").FullName;
        lock (_consumers)
        {
            _consumers.Add(directory);
        }

        var source = Path.Combine(AppContext.BaseDirectory, "Consumer", template);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(directory, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, File.ReadAllText(file).Replace("$(CommunityGovernanceVersion)", Version, StringComparison.Ordinal));
        }

        // The machine's default source stays in force; only the local feed is added.
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="community-governance-local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        // Stop the repository's build settings from leaking in should the temp directory sit below it.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        return directory;
    }

    public void Dispose()
    {
        foreach (var consumer in _consumers)
        {
            Directory.Delete(consumer, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(Feed, $"*.{Version}.*nupkg"))
        {
            File.Delete(file);
        }
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CommunityGovernance.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The packaging tests run from inside the repository.");
    }
}
