using CommunityGovernance.Analyzers.Rules;
using CommunityGovernance.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis.Testing;

namespace CommunityGovernance.Analyzers.Tests.Rules;

/// <summary>
/// What attributes can say, <c>.editorconfig</c> can say too: a modular monolith's two modules classified as the two
/// sides, its integration events as the sanctioned channel between them, and its own identifier types.
/// </summary>
public sealed class EditorConfigKeysTests
{
    private const string Monolith = """
        namespace Modules.Office.Domain
        {
            public readonly record struct OfficeCode(string Value);

            public sealed class Inspection
            {
                public Modules.Residents.IntegrationEvents.ResidentMoved? Last { get; set; }
                public void Handle(Modules.Residents.IntegrationEvents.ResidentMoved moved) => Last = moved;
                public object Leak() => new Modules.Residents.Domain.{|CGB001:Resident|}();
                public bool Same(Modules.Residents.Domain.CompoundCode compound, OfficeCode office) => {|CGB002:office.Value == compound.Value|};
                public bool Fine(OfficeCode office, OfficeCode other) => office.Value == other.Value;
            }
        }

        namespace Modules.Residents.Domain
        {
            public readonly record struct CompoundCode(string Value);

            public sealed class Resident { }
        }

        namespace Modules.Residents.IntegrationEvents
        {
            public sealed record ResidentMoved(Modules.Residents.Domain.CompoundCode From, Modules.Residents.Domain.CompoundCode To);
        }
        """;

    private const string Keys = """
        community_governance.administrative_namespaces = Modules.Office.*
        community_governance.living_namespaces = Modules.Residents.*
        community_governance.sanctioned_crossing_namespaces = **.IntegrationEvents
        community_governance.administrative_identifier_types = Modules.Office.Domain.OfficeCode
        community_governance.living_identifier_types = Modules.**.CompoundCode
        """;

    [Fact]
    public async Task Sanctioned_crossing_namespaces_and_identifier_types_are_configured_without_touching_code()
    {
        var test = AnalyzerVerifier<AllRules>.Create(Monolith, Keys);
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_the_keys_the_integration_events_are_crossings()
    {
        var source = Monolith
            .Replace("public Modules.Residents.IntegrationEvents.ResidentMoved? Last", "public Modules.Residents.IntegrationEvents.{|CGB001:ResidentMoved|}? Last", StringComparison.Ordinal)
            .Replace("public void Handle(Modules.Residents.IntegrationEvents.ResidentMoved moved)", "public void Handle(Modules.Residents.IntegrationEvents.{|CGB001:ResidentMoved|} moved)", StringComparison.Ordinal)
            .Replace("{|CGB002:office.Value == compound.Value|}", "office.Value == compound.{|CGB001:Value|}", StringComparison.Ordinal)
            .Replace("public bool Same(Modules.Residents.Domain.CompoundCode compound", "public bool Same(Modules.Residents.Domain.{|CGB001:CompoundCode|} compound", StringComparison.Ordinal);
        var test = AnalyzerVerifier<AllRules>.Create(source, """
            community_governance.administrative_namespaces = Modules.Office.*
            community_governance.living_namespaces = Modules.Residents.*
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task The_message_names_the_pattern_that_gave_each_side()
    {
        var test = AnalyzerVerifier<AllRules>.Create(
            Monolith.Replace("new Modules.Residents.Domain.{|CGB001:Resident|}()", "new Modules.Residents.Domain.{|#0:Resident|}()", StringComparison.Ordinal)
                .Replace("{|CGB002:office.Value == compound.Value|}", "office.Value == compound.{|CGB001:Value|}", StringComparison.Ordinal),
            Keys.Replace("community_governance.living_identifier_types = Modules.**.CompoundCode", string.Empty, StringComparison.Ordinal)
                .Replace("community_governance.administrative_identifier_types = Modules.Office.Domain.OfficeCode", string.Empty, StringComparison.Ordinal));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(BoundaryRules.BoundaryCrossed).WithLocation(0).WithArguments(
            "administrative", "Resident", "living", "uses", ".editorconfig pattern 'Modules.Office.*'", ".editorconfig pattern 'Modules.Residents.*'"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(BoundaryRules.BoundaryCrossed).WithSpan("/0/Test.cs", 10, 51, 10, 63).WithArguments(
            "administrative", "CompoundCode", "living", "uses", ".editorconfig pattern 'Modules.Office.*'", ".editorconfig pattern 'Modules.Residents.*'"));
        await test.RunAsync();
    }
}

/// <summary>CGB001 and CGB002 together.</summary>
internal sealed class AllRules : IRulesUnderTest
{
    public static IReadOnlyList<string> Ids { get; } = ["CGB001", "CGB002", "CGB003"];
}
