using System;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CommunityGovernance.Analyzers.Rules;

/// <summary>
/// CGB005, conflicting side attributes: a declaration marked with both sides (treated as having neither), or an
/// identifier type marked with a side. Declarations are checked as symbols; an assembly's own attributes are
/// checked when <see cref="MarkerAttributes"/> meets its living-side attribute.
/// </summary>
internal static class ConflictingSides
{
    public static void Register(CompilationStartAnalysisContext start, BoundaryContext boundary) =>
        start.RegisterSymbolAction(
            c => AnalyzeMarkers(c, boundary),
            SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);

    /// <summary>
    /// The assembly's markers, reported on its living-side attribute only, so that one conflict gives one
    /// diagnostic.
    /// </summary>
    public static void AnalyzeAssembly(SyntaxNodeAnalysisContext context, AttributeSyntax livingSide, BoundaryContext boundary)
    {
        var markers = boundary.MarkersOf(context.Compilation.Assembly.GetAttributes());
        ReportConflict(markers, context.Compilation.AssemblyName ?? string.Empty, livingSide.GetLocation(), context.ReportDiagnostic);
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

    private static void ReportConflict(Markers markers, string name, Location location, Action<Diagnostic> report)
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
