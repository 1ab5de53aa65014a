using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>The vendor's .editorconfig, as the analyzers see it: the same side patterns for every file.</summary>
internal sealed class SidePatternsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly PatternOptions Patterns = new(new Dictionary<string, string>
    {
        ["community_governance.administrative_namespaces"] = VendorCorpus.AdministrativeNamespaces,
        ["community_governance.living_namespaces"] = VendorCorpus.LivingNamespaces,
    });

    public override AnalyzerConfigOptions GlobalOptions => PatternOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Patterns;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => PatternOptions.Empty;

    private sealed class PatternOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly PatternOptions Empty = new([]);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

/// <summary>BannedSymbols.txt for Microsoft.CodeAnalysis.BannedApiAnalyzers: each side's namespace, as close as it
/// comes to "the other side's symbols" — it has no notion of who is using them — or a targeted list.</summary>
internal sealed class BannedSymbolsText(string content) : AdditionalText
{
    public const string BothNamespaces = """
        N:Vendor.Residents;living-side state: the street office goes through Vendor.Crossings
        N:Vendor.StreetOffice;administrative state: the compound goes through Vendor.Crossings
        """;

    /// <summary>
    /// What a vendor bans when it bans a few symbols rather than whole namespaces (issue 25): the resident's personal
    /// datum and the two constructors the handover is meant to own. It emits few diagnostics, so its cost is the
    /// analyzer's own rather than the reporting of tens of thousands of findings.
    /// </summary>
    public const string Targeted = """
        P:Vendor.Residents.Core.Resident.Phone;personal data: read it through Vendor.Shared.PersonalInformation.Read
        M:Vendor.Residents.Core.Resident.#ctor(System.Int32);residents are obtained through Vendor.Crossings.Handover
        M:Vendor.StreetOffice.Core.GridTask.#ctor(System.Int32);grid tasks are obtained through Vendor.Crossings.Handover
        """;

    public override string Path => "BannedSymbols.txt";

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(content);

    public static ImmutableArray<AdditionalText> Of(string content) => [new BannedSymbolsText(content)];
}
