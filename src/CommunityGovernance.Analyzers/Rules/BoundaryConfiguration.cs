using System.Collections.Generic;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CommunityGovernance.Analyzers.Rules;

/// <summary>
/// Configuration problems, so that a mistake in placing code on a side is never silently ignored: CGB004 (a
/// malformed namespace pattern in <c>.editorconfig</c>), CGB005 (a declaration marked with both sides, or an
/// identifier type marked with a side) and CGB006 (a sanctioned crossing that gives no reason). Registered by
/// <see cref="BoundaryAnalyzer"/>.
/// </summary>
internal static class BoundaryConfiguration
{
    public static void Register(CompilationStartAnalysisContext start, BoundaryContext boundary)
    {
        start.RegisterCompilationEndAction(c => ReportPatternProblems(c, boundary));
        if (boundary.Administrative is null && boundary.Living is null)
        {
            return;
        }

        start.RegisterSymbolAction(
            c => AnalyzeMarkers(c, boundary),
            SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);
        start.RegisterSyntaxNodeAction(c => AnalyzeAttribute(c, boundary), SyntaxKind.Attribute);
    }

    /// <summary>
    /// Each malformed pattern once, on the first token of the first file whose options carry it, where a
    /// <c>#pragma</c> or suppression file can still reach it.
    /// </summary>
    private static void ReportPatternProblems(CompilationAnalysisContext context, BoundaryContext boundary)
    {
        var reported = new HashSet<PatternProblem>();
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            foreach (var problem in boundary.ConfigurationFor(tree).Problems)
            {
                if (reported.Add(problem))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        BoundaryRules.MalformedNamespacePattern,
                        Location.Create(tree, FirstTokenSpan(tree, context.CancellationToken)),
                        problem.Pattern,
                        problem.Key,
                        Resources.Get(problem.Reason)));
                }
            }
        }
    }

    private static TextSpan FirstTokenSpan(SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
    {
        var first = tree.GetRoot(cancellationToken).GetFirstToken(includeZeroWidth: true);
        return first.RawKind == 0 ? new TextSpan(0, 0) : first.Span;
    }

    private static void AnalyzeMarkers(SymbolAnalysisContext context, BoundaryContext boundary)
    {
        var symbol = context.Symbol;
        if (symbol.IsImplicitlyDeclared || symbol.Locations.IsEmpty)
        {
            return;
        }

        var markers = boundary.MarkersOf(symbol.GetAttributes());
        ReportConflict(markers, symbol.Name, symbol.Locations[0], context.ReportDiagnostic);
    }

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
            var reason = attribute.ArgumentList?.Arguments.Count > 0
                ? context.SemanticModel.GetConstantValue(attribute.ArgumentList.Arguments[0].Expression, context.CancellationToken)
                : default;
            if (reason.HasValue && (reason.Value is not string given || string.IsNullOrWhiteSpace(given)))
            {
                var owner = context.ContainingSymbol?.Name ?? string.Empty;
                context.ReportDiagnostic(Diagnostic.Create(BoundaryRules.CrossingWithoutReason, attribute.ArgumentList!.Arguments[0].GetLocation(), owner));
            }
        }
        else if (isAssemblySide && SymbolEqualityComparer.Default.Equals(attributeType, boundary.Living))
        {
            // Reported on the living-side attribute only, so that one conflict gives one diagnostic.
            var markers = boundary.MarkersOf(context.Compilation.Assembly.GetAttributes());
            ReportConflict(markers, context.Compilation.AssemblyName ?? string.Empty, attribute.GetLocation(), context.ReportDiagnostic);
        }
    }

    private static void ReportConflict(Markers markers, string name, Location location, System.Action<Diagnostic> report)
    {
        const Markers BothSides = Markers.Administrative | Markers.Living;
        if ((markers & BothSides) == BothSides)
        {
            report(Diagnostic.Create(BoundaryRules.ConflictingSides, location, name, "AdministrativeSide", "LivingSide"));
        }
        else if ((markers & Markers.Identifier) != 0 && (markers & BothSides) != 0)
        {
            report(Diagnostic.Create(
                BoundaryRules.ConflictingSides,
                location,
                name,
                "SideIdentifier",
                (markers & Markers.Administrative) != 0 ? "AdministrativeSide" : "LivingSide"));
        }
    }
}
