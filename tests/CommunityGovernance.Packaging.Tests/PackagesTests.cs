using System.IO.Compression;
using System.Xml.Linq;

namespace CommunityGovernance.Packaging.Tests;

public sealed class PackagesTests(PackedFeed feed) : IClassFixture<PackedFeed>
{
    [Fact]
    public void The_domain_package_carries_the_library_its_docs_and_the_analyzers()
    {
        var entries = Entries("CommunityGovernance.Domain");

        Assert.Contains("lib/net10.0/CommunityGovernance.Domain.dll", entries);
        Assert.Contains("lib/net10.0/CommunityGovernance.Domain.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/CommunityGovernance.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/CommunityGovernance.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/zh-Hans/CommunityGovernance.Analyzers.resources.dll", entries);
        Assert.Contains("README.md", entries);

        var nuspec = Nuspec("CommunityGovernance.Domain");
        Assert.Equal("MIT", Element(nuspec, "license"));
        Assert.NotEmpty(Element(nuspec, "description"));
        Assert.Contains("community-governance", Element(nuspec, "tags"), StringComparison.Ordinal);
        Assert.Equal(["Ardalis.GuardClauses", "NodaTime", "NodaTime.Serialization.SystemTextJson"], Dependencies(nuspec));
        Assert.True(File.Exists(Path.ChangeExtension(feed.PackagePath("CommunityGovernance.Domain"), ".snupkg")), "a symbols package is published beside the package");
    }

    [Fact]
    public void The_analyzers_package_is_a_development_dependency_with_analyzers_only()
    {
        var entries = Entries("CommunityGovernance.Analyzers");
        var nuspec = Nuspec("CommunityGovernance.Analyzers");

        Assert.Contains("analyzers/dotnet/cs/CommunityGovernance.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/CommunityGovernance.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/zh-Hans/CommunityGovernance.Analyzers.resources.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.Equal("true", Element(nuspec, "developmentDependency"));
        Assert.Empty(Dependencies(nuspec));
    }

    [Fact]
    public void The_testing_package_depends_on_the_domain_of_the_same_version_and_on_fscheck()
    {
        var nuspec = Nuspec("CommunityGovernance.Testing");
        var domain = nuspec.Descendants().Single(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "CommunityGovernance.Domain");

        Assert.Equal(feed.Version, (string?)domain.Attribute("version"));
        Assert.Contains("FsCheck", Dependencies(nuspec));
        Assert.Contains("lib/net10.0/CommunityGovernance.Testing.xml", Entries("CommunityGovernance.Testing"));
    }

    [Fact]
    public void The_sqlite_store_package_depends_on_the_domain_of_the_same_version_and_on_the_sqlite_provider()
    {
        var nuspec = Nuspec("CommunityGovernance.Storage.Sqlite");
        var domain = nuspec.Descendants().Single(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "CommunityGovernance.Domain");

        Assert.Equal(feed.Version, (string?)domain.Attribute("version"));
        Assert.Contains("Microsoft.Data.Sqlite", Dependencies(nuspec));
        Assert.Contains("lib/net10.0/CommunityGovernance.Storage.Sqlite.xml", Entries("CommunityGovernance.Storage.Sqlite"));
        Assert.Contains("README.md", Entries("CommunityGovernance.Storage.Sqlite"));
    }

    [Fact]
    public void The_aspnetcore_package_depends_on_the_domain_and_the_sqlite_store_of_the_same_version_and_on_the_shared_framework_but_not_on_marten()
    {
        var nuspec = Nuspec("CommunityGovernance.AspNetCore");
        foreach (var id in new[] { "CommunityGovernance.Domain", "CommunityGovernance.Storage.Sqlite" })
        {
            var dependency = nuspec.Descendants().Single(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == id);
            Assert.Equal(feed.Version, (string?)dependency.Attribute("version"));
        }

        // A vendor on SQLite pulls neither Marten nor Npgsql: PostgreSQL is CommunityGovernance.AspNetCore.Marten.
        Assert.Equal(["CommunityGovernance.Domain", "CommunityGovernance.Storage.Sqlite"], Dependencies(nuspec));
        Assert.Contains(nuspec.Descendants(), e => e.Name.LocalName == "frameworkReference" && (string?)e.Attribute("name") == "Microsoft.AspNetCore.App");
        Assert.Contains("lib/net10.0/CommunityGovernance.AspNetCore.xml", Entries("CommunityGovernance.AspNetCore"));
        Assert.Contains("lib/net10.0/zh-Hans/CommunityGovernance.AspNetCore.resources.dll", Entries("CommunityGovernance.AspNetCore"));
    }

    [Fact]
    public void The_aspnetcore_marten_package_adds_postgresql_to_the_integration_of_the_same_version()
    {
        var nuspec = Nuspec("CommunityGovernance.AspNetCore.Marten");
        foreach (var id in new[] { "CommunityGovernance.AspNetCore", "CommunityGovernance.Storage.Marten" })
        {
            var dependency = nuspec.Descendants().Single(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == id);
            Assert.Equal(feed.Version, (string?)dependency.Attribute("version"));
        }

        Assert.Equal(["CommunityGovernance.AspNetCore", "CommunityGovernance.Storage.Marten"], Dependencies(nuspec));
        Assert.Contains("lib/net10.0/CommunityGovernance.AspNetCore.Marten.dll", Entries("CommunityGovernance.AspNetCore.Marten"));
        Assert.Contains("lib/net10.0/CommunityGovernance.AspNetCore.Marten.xml", Entries("CommunityGovernance.AspNetCore.Marten"));
    }

    [Fact]
    public void The_marten_store_package_depends_on_the_domain_of_the_same_version_and_on_marten()
    {
        var nuspec = Nuspec("CommunityGovernance.Storage.Marten");
        var domain = nuspec.Descendants().Single(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "CommunityGovernance.Domain");

        Assert.Equal(feed.Version, (string?)domain.Attribute("version"));
        Assert.Contains("Marten", Dependencies(nuspec));
        Assert.Contains("lib/net10.0/CommunityGovernance.Storage.Marten.xml", Entries("CommunityGovernance.Storage.Marten"));
        Assert.Contains("README.md", Entries("CommunityGovernance.Storage.Marten"));
    }

    [Fact]
    public void The_orleans_package_depends_on_the_domain_of_the_same_version_and_on_orleans()
    {
        var nuspec = Nuspec("CommunityGovernance.Orleans");
        var domain = nuspec.Descendants().Single(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "CommunityGovernance.Domain");

        Assert.Equal(feed.Version, (string?)domain.Attribute("version"));
        Assert.Contains("Microsoft.Orleans.Runtime", Dependencies(nuspec));
        Assert.Contains("Microsoft.Orleans.Serialization.SystemTextJson", Dependencies(nuspec));
        Assert.DoesNotContain("CommunityGovernance.Storage.Marten", Dependencies(nuspec));
        Assert.Contains("lib/net10.0/CommunityGovernance.Orleans.xml", Entries("CommunityGovernance.Orleans"));
        Assert.Contains("README.md", Entries("CommunityGovernance.Orleans"));
    }

    [Fact]
    public void A_fresh_consumer_restores_the_domain_by_version_builds_and_runs()
    {
        var consumer = feed.CreateConsumer("App");

        var run = Dotnet.Run(consumer, "run").Succeeded("dotnet run of the consumer");

        Assert.Contains("community 510115001001 lies in street 510115001; living GY-01", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Boundary_crossing_code_in_a_consumer_gets_the_analyzers_diagnostics_from_the_package_alone()
    {
        var app = feed.CreateConsumer("App");
        var build = Dotnet.Run(app, "build", "--no-incremental").Succeeded("dotnet build of the consumer with a warning-level crossing");
        Assert.Matches(@"Boundary\.cs\(15,\d+\): warning CGB001", build.Output);

        var violations = feed.CreateConsumer("Violations");
        var refused = Dotnet.Run(violations, "build", "--no-incremental");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Matches(@"Violations\.cs\(17,\d+\): error CGB003", refused.Output);
        Assert.Matches(@"Violations\.cs\(19,\d+\): error CGB002", refused.Output);
    }

    [Fact]
    public void A_vendor_with_the_analyzers_package_alone_gets_the_attributes_and_the_fixed_code_builds()
    {
        var consumer = feed.CreateConsumer("AnalyzersOnly");

        var build = Dotnet.Run(consumer, "build", "--no-incremental").Succeeded("dotnet build of an analyzers-only consumer");

        Assert.Matches(@"Compound\.cs\(19,\d+\): warning CGB001", build.Output);
        Assert.DoesNotMatch(@"Compound\.cs\(23,\d+\): warning CGB001", build.Output);
        Assert.DoesNotMatch(@": error ", build.Output);
    }

    [Fact]
    public void A_vendor_sets_each_rules_severity_in_editorconfig()
    {
        var consumer = feed.CreateConsumer("Severity");

        var build = Dotnet.Run(consumer, "build", "--no-incremental");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"Severity\.cs\(18,\d+\): error CGB001", build.Output);
        Assert.DoesNotContain("CGB003", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vendors_property_tests_written_against_the_testing_package_run_and_pass()
    {
        var tests = feed.CreateConsumer("Tests");

        var run = Dotnet.Run(tests, "test").Succeeded("dotnet test of the vendor's property tests");

        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0,\s+Passed:\s+2,", run.Output);
    }

    [Theory]
    [InlineData("CommunityGovernance.Domain")]
    [InlineData("CommunityGovernance.Analyzers")]
    [InlineData("CommunityGovernance.Testing")]
    [InlineData("CommunityGovernance.Storage.Sqlite")]
    [InlineData("CommunityGovernance.Storage.Marten")]
    [InlineData("CommunityGovernance.Orleans")]
    [InlineData("CommunityGovernance.AspNetCore")]
    [InlineData("CommunityGovernance.AspNetCore.Marten")]
    public void Each_package_carries_its_own_readme(string id)
    {
        using var archive = ZipFile.OpenRead(feed.PackagePath(id));
        using var reader = new StreamReader(archive.GetEntry("README.md")!.Open());

        Assert.Equal("# " + id, reader.ReadLine());
        Assert.Equal("README.md", Element(Nuspec(id), "readme"));
    }

    private List<string> Entries(string id)
    {
        using var archive = ZipFile.OpenRead(feed.PackagePath(id));
        return [.. archive.Entries.Select(e => e.FullName)];
    }

    private XDocument Nuspec(string id)
    {
        using var archive = ZipFile.OpenRead(feed.PackagePath(id));
        using var stream = archive.GetEntry($"{id}.nuspec")!.Open();
        return XDocument.Load(stream);
    }

    private static string Element(XDocument nuspec, string name) =>
        nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;

    private static List<string> Dependencies(XDocument nuspec) =>
        [.. nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).Distinct().Order(StringComparer.Ordinal)];
}
