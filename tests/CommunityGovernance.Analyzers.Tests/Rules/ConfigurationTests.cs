using Verify = CommunityGovernance.Analyzers.Tests.Verification.AnalyzerVerifier<CommunityGovernance.Analyzers.Tests.Verification.CrossingRules>;
using VerifyConfiguration = CommunityGovernance.Analyzers.Tests.Verification.AnalyzerVerifier<CommunityGovernance.Analyzers.Tests.Verification.ConfigurationRules>;

namespace CommunityGovernance.Analyzers.Tests.Rules;

public sealed class ConfigurationTests
{
    private const string Legacy = """
        namespace Legacy.StreetOffice.Tasks
        {
            public sealed class Inspector
            {
                public object Visit() => new {|CGB001:Vendor.Residents.Resident|}("x");
                public object Own() => new Legacy.StreetOffice.Ledger();
                public object Home() => new Legacy.Residents.Flat();
            }
        }

        namespace Legacy.StreetOffice
        {
            public sealed class Ledger { }
        }

        namespace Legacy.Residents
        {
            public sealed class Flat { }
        }
        """;

    [Fact]
    public async Task Namespace_patterns_place_existing_code_on_a_side()
    {
        var source = Legacy.Replace("new Legacy.Residents.Flat()", "new Legacy.Residents.{|CGB001:Flat|}()", StringComparison.Ordinal)
            .Replace("{|CGB001:Vendor.Residents.Resident|}", "Vendor.Residents.{|CGB001:Resident|}", StringComparison.Ordinal);
        await Verify.VerifyAsync(
            source,
            "community_governance.administrative_namespaces = Legacy.StreetOffice.*\ncommunity_governance.living_namespaces = Legacy.Resid*\n");
    }

    [Fact]
    public async Task Without_patterns_unmarked_code_has_no_side()
    {
        var source = Legacy.Replace("{|CGB001:Vendor.Residents.Resident|}", "Vendor.Residents.Resident", StringComparison.Ordinal);
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task An_attribute_wins_over_a_pattern_and_the_more_specific_pattern_wins()
    {
        var source = """
            namespace Legacy.StreetOffice.Grid
            {
                [CommunityGovernance.Boundaries.LivingSide]
                public sealed class Volunteer
                {
                    public object Help() => new Vendor.Residents.Resident("x");
                }

                public sealed class GridWorker
                {
                    public object Help() => new Legacy.StreetOffice.{|CGB001:Ledger|}();
                }
            }

            namespace Legacy.StreetOffice
            {
                public sealed class Ledger { }
            }
            """;
        await Verify.VerifyAsync(
            source,
            "community_governance.administrative_namespaces = Legacy.*\ncommunity_governance.living_namespaces = Legacy.StreetOffice.Grid\n");
    }

    [Theory]
    [InlineData("community_governance.administrative_namespaces = Vendor..Office", "Vendor..Office")]
    [InlineData("community_governance.living_namespaces = Vendor.Resi-dents.*", "Vendor.Resi-dents.*")]
    [InlineData("community_governance.living_namespaces = Vendor.9Residents", "Vendor.9Residents")]
    public async Task A_malformed_pattern_is_reported_once(string line, string pattern)
    {
        await VerifyConfiguration.VerifyAsync(
            "public sealed class Anything { }",
            line + "\n",
            VerifyConfiguration.Diagnostic("CGB004").WithSpan("/0/Vendor.cs", 1, 1, 1, 6).WithArguments(pattern, line.Split(' ')[0], "each segment is an identifier, optionally with '*' wildcards"));
    }

    [Fact]
    public async Task The_same_pattern_on_both_sides_is_reported()
    {
        await VerifyConfiguration.VerifyAsync(
            "public sealed class Anything { }",
            "community_governance.administrative_namespaces = Legacy.*\ncommunity_governance.living_namespaces = Legacy.*\n",
            VerifyConfiguration.Diagnostic("CGB004").WithSpan("/0/Vendor.cs", 1, 1, 1, 6).WithArguments("Legacy.*", "community_governance.living_namespaces", "the same pattern is listed for both sides"));
    }

    [Fact]
    public async Task Declarations_marked_with_both_sides_are_reported()
    {
        await VerifyConfiguration.VerifyAsync("""
            using CommunityGovernance.Boundaries;

            [AdministrativeSide, LivingSide]
            public sealed class {|CGB005:Confused|}
            {
                [AdministrativeSide]
                [LivingSide]
                public void {|CGB005:Both|}() { }

                [LivingSide]
                public int Fine { get; set; }
            }

            [SideIdentifier(CommunitySide.Living)]
            [LivingSide]
            public readonly struct {|CGB005:CompoundCode|} { }
            """);
    }

    [Fact]
    public async Task An_assembly_marked_with_both_sides_is_reported()
    {
        await VerifyConfiguration.VerifyAsync("""
            using CommunityGovernance.Boundaries;

            [assembly: AdministrativeSide]
            [assembly: {|CGB005:LivingSide|}]
            """);
    }

    [Theory]
    [InlineData("[SanctionedCrossing({|CGB006:\"\"|})]")]
    [InlineData("[SanctionedCrossing({|CGB006:\"   \"|})]")]
    [InlineData("[SanctionedCrossing({|CGB006:null!|})]")]
    [InlineData("[SanctionedCrossing(Reasons.None)]")]
    [InlineData("[SanctionedCrossing(\"Orders sink through this channel by the street office's mandate.\")]")]
    public async Task A_sanctioned_crossing_must_give_a_reason(string attribute)
    {
        var expectsDiagnostic = attribute.Contains("CGB006", StringComparison.Ordinal) || attribute.Contains("Reasons.None", StringComparison.Ordinal);
        var source = $$"""
            using CommunityGovernance.Boundaries;

            public static class Reasons { public const string None = ""; }

            public sealed class Channel
            {
                {{attribute.Replace("Reasons.None", "{|CGB006:Reasons.None|}", StringComparison.Ordinal)}}
                public void Sink() { }
            }
            """;
        Assert.Equal(!attribute.Contains("mandate", StringComparison.Ordinal), expectsDiagnostic);
        await VerifyConfiguration.VerifyAsync(source);
    }
}
