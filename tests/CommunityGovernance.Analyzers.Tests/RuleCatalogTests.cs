using System.Globalization;
using System.Reflection;
using CommunityGovernance.Analyzers.Rules;
using CommunityGovernance.Analyzers.Sides;
using CommunityGovernance.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CommunityGovernance.Analyzers.Tests;

public sealed class RuleCatalogTests
{
    private static readonly string Root = RepositoryRoot.Path;

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in AllDescriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void Every_analyzer_is_found_and_every_rule_is_supported_once()
    {
        var ids = AllDescriptors().Select(d => d.Id).ToList();
        Assert.Equal(["CGB001", "CGB002", "CGB003", "CGB004", "CGB005", "CGB006"], ids.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_help_link_to_its_existing_documentation_page(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        var repository = System.Xml.Linq.XDocument.Load(Path.Combine(Root, "Directory.Build.props"))
            .Descendants("RepositoryUrl").Single().Value.TrimEnd('/');
        Assert.Equal($"{repository}/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
        var page = Path.Combine(Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        Assert.StartsWith("# " + id, File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_is_listed_in_the_release_tracking_file(string id)
    {
        var unshipped = File.ReadAllText(Path.Combine(Root, "src", "CommunityGovernance.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(id + " | " + BoundaryRules.Category, unshipped, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_speaks_English_and_Simplified_Chinese(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        var chinese = CultureInfo.GetCultureInfo("zh-Hans");
        foreach (var text in new[] { descriptor.Title, descriptor.MessageFormat, descriptor.Description })
        {
            var english = text.ToString(CultureInfo.InvariantCulture);
            var translated = text.ToString(chinese);
            Assert.False(string.IsNullOrWhiteSpace(english));
            Assert.NotEqual(english, translated);
            Assert.Contains(translated, c => c >= '\u4e00' && c <= '\u9fff');
        }
    }

    [Fact]
    public void A_message_is_formatted_in_the_culture_it_is_shown_in()
    {
        var location = Location.None;
        var diagnostic = Diagnostic.Create(
            BoundaryRules.BoundaryCrossed,
            location,
            SymbolText.SideName(Side.Administrative),
            "Resident",
            SymbolText.SideName(Side.Living),
            Resources.Get("VerbUses"),
            Resources.Get("SourcePattern", "Vendor.StreetOffice.*"),
            Resources.Get("SourceAttribute", "LivingSide", "Resident"));

        Assert.Equal(
            "Code on the administrative side (.editorconfig pattern 'Vendor.StreetOffice.*') uses 'Resident' of the living side ([LivingSide] on Resident) outside a sanctioned crossing",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(
            "行政社区一侧的代码（.editorconfig 模式“Vendor.StreetOffice.*”）在认可的跨界通道之外使用了生活共同体社区一侧的“Resident”（Resident 上的 [LivingSide]）",
            diagnostic.GetMessage(CultureInfo.GetCultureInfo("zh-Hans")));
    }

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
        typeof(BoundaryAnalyzer).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .SelectMany(a => a.SupportedDiagnostics)
            .DistinctBy(d => d.Id);
}
