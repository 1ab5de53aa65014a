using Microsoft.CodeAnalysis;

namespace CommunityGovernance.Analyzers.Rules;

/// <summary>
/// The table of every boundary rule: its stable id, category, default severity and documentation page. The
/// descriptors are built from it so that the ids, the release tracking file and <c>docs/rules/</c> stay in step.
/// </summary>
internal static class BoundaryRules
{
    public const string BoundaryCrossedId = "CGB001";
    public const string IdentifierSpacesMixedId = "CGB002";
    public const string PersonalDataReadId = "CGB003";
    public const string MalformedNamespacePatternId = "CGB004";
    public const string ConflictingSidesId = "CGB005";
    public const string CrossingWithoutReasonId = "CGB006";

    public const string Category = "CommunityGovernance.Boundaries";

    /// <summary>Where each rule's page lives: the repository's <c>docs/rules/&lt;ID&gt;.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/community-governance/CommunityGovernance/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor BoundaryCrossed = Create(BoundaryCrossedId, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IdentifierSpacesMixed = Create(IdentifierSpacesMixedId, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor PersonalDataRead = Create(PersonalDataReadId, DiagnosticSeverity.Error);

    // Reported once per compilation, after every file's options have been read.
    public static readonly DiagnosticDescriptor MalformedNamespacePattern =
        Create(MalformedNamespacePatternId, DiagnosticSeverity.Warning, WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor ConflictingSides = Create(ConflictingSidesId, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CrossingWithoutReason = Create(CrossingWithoutReasonId, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity, params string[] customTags) =>
        new(
            id,
            Resources.Get(id + "Title"),
            Resources.Get(id + "Message"),
            Category,
            severity,
            isEnabledByDefault: true,
            description: Resources.Get(id + "Description"),
            helpLinkUri: HelpLinkBase + id + ".md",
            customTags: customTags);
}
