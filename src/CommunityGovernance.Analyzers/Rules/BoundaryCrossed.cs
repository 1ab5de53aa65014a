using CommunityGovernance.Analyzers.Crossings;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CommunityGovernance.Analyzers.Rules;

/// <summary>
/// CGB001, boundary crossed (越界): code on one side names, calls, constructs, reads or writes a symbol of the other
/// side outside a sanctioned crossing. The crossings are found by <see cref="CrossingFinder"/>; this rule says what
/// counts as one and reports it on the exact name that crosses.
/// </summary>
internal static class BoundaryCrossed
{
    /// <summary>
    /// Whether code of <paramref name="codeSide"/> crosses by using a symbol of <paramref name="targetSide"/>: only
    /// the two sides themselves count, never unsided code, identifiers or crossings.
    /// </summary>
    public static bool Crosses(Side codeSide, Side targetSide) => targetSide is Side.Administrative or Side.Living && targetSide != codeSide;

    public static void Report(SyntaxNodeAnalysisContext context, Location location, Side codeSide, ISymbol symbol, Side targetSide) =>
        context.ReportDiagnostic(Diagnostic.Create(
            BoundaryRules.BoundaryCrossed,
            location,
            SymbolText.SideName(codeSide),
            SymbolText.Of(symbol),
            SymbolText.SideName(targetSide)));
}
