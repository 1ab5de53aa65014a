using System.Reflection;
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

    /// <summary>
    /// Where each rule's page lives: <c>docs/rules/&lt;ID&gt;.md</c> of the repository the packages name (the
    /// <c>RepositoryUrl</c> of the build, kept in the assembly's metadata), on its main branch.
    /// </summary>
    public static readonly string HelpLinkBase = RepositoryUrl().TrimEnd('/') + "/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor BoundaryCrossed = Create(BoundaryCrossedId, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IdentifierSpacesMixed = Create(IdentifierSpacesMixedId, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor PersonalDataRead = Create(PersonalDataReadId, DiagnosticSeverity.Error);

    // Reported once per compilation, after every file's options have been read.
    public static readonly DiagnosticDescriptor MalformedNamespacePattern =
        Create(MalformedNamespacePatternId, DiagnosticSeverity.Warning, WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor ConflictingSides = Create(ConflictingSidesId, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CrossingWithoutReason = Create(CrossingWithoutReasonId, DiagnosticSeverity.Warning);

    private static string RepositoryUrl()
    {
        foreach (var metadata in typeof(BoundaryRules).Assembly.GetCustomAttributes(typeof(AssemblyMetadataAttribute), inherit: false))
        {
            if (metadata is AssemblyMetadataAttribute { Key: "RepositoryUrl", Value: { Length: > 0 } url })
            {
                return url;
            }
        }

        return "https://github.com/community-governance/CommunityGovernance";
    }

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
