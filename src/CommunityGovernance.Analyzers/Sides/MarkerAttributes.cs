using CommunityGovernance.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CommunityGovernance.Analyzers.Sides;

/// <summary>
/// Looks at every attribute once for the two rules that judge how markers are written: a
/// <c>[SanctionedCrossing]</c> goes to <see cref="CrossingWithoutReason"/> (CGB006), an assembly's
/// <c>[LivingSide]</c> to <see cref="ConflictingSides"/> (CGB005). Registered by <see cref="BoundaryAnalyzer"/>.
/// </summary>
/// <remarks>
/// One callback for both rules: the attribute's name is read and, when it may be one of these, bound only once.
/// </remarks>
internal static class MarkerAttributes
{
    public static void Register(CompilationStartAnalysisContext start, BoundaryContext boundary) =>
        start.RegisterSyntaxNodeAction(c => AnalyzeAttribute(c, boundary), SyntaxKind.Attribute);

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, BoundaryContext boundary)
    {
        var attribute = (AttributeSyntax)context.Node;
        var text = attribute.Name.ToString();
        var isCrossing = text.Contains("SanctionedCrossing");
        var isAssemblySide = attribute.Parent is AttributeListSyntax { Target.Identifier.RawKind: (int)SyntaxKind.AssemblyKeyword } &&
            (text.Contains("AdministrativeSide") || text.Contains("LivingSide"));
        if (!isCrossing && !isAssemblySide)
        {
            return;
        }

        var attributeType = (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol as IMethodSymbol)?.ContainingType;
        if (attributeType is null)
        {
            return;
        }

        if (isCrossing && SymbolEqualityComparer.Default.Equals(attributeType, boundary.Crossing))
        {
            CrossingWithoutReason.Analyze(context, attribute);
        }
        else if (isAssemblySide && SymbolEqualityComparer.Default.Equals(attributeType, boundary.Living))
        {
            ConflictingSides.AnalyzeAssembly(context, attribute, boundary);
        }
    }
}
