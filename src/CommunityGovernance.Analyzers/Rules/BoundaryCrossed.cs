using System.Collections.Immutable;
using CommunityGovernance.Analyzers.Crossings;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CommunityGovernance.Analyzers.Rules;

/// <summary>
/// CGB001, boundary crossed (越界): code on one side names, calls, constructs, reads, writes or derives from a symbol
/// of the other side outside a sanctioned crossing, by name or through a construct that calls it without one. The
/// crossings are found by <see cref="CrossingFinder"/>; this rule says what counts as one and reports each line of
/// a statement that crosses once, on its most telling use, with the others as additional locations. The message
/// says how the code crosses and where each side came from.
/// </summary>
internal static class BoundaryCrossed
{
    /// <summary>
    /// Whether code of <paramref name="codeSide"/> crosses by using a symbol of <paramref name="targetSide"/>: only
    /// the two sides themselves count, never unsided code, identifiers or crossings.
    /// </summary>
    public static bool Crosses(Side codeSide, Side targetSide) => targetSide is Side.Administrative or Side.Living && targetSide != codeSide;

    public static void Report(SyntaxNodeAnalysisContext context, Crossing crossing, ImmutableArray<Location> others) =>
        context.ReportDiagnostic(Diagnostic.Create(
            BoundaryRules.BoundaryCrossed,
            crossing.Location,
            others,
            SymbolText.SideName(crossing.CodeSide),
            SymbolText.Of(crossing.Symbol),
            SymbolText.SideName(crossing.TargetSide),
            Resources.Get(crossing.Kind switch
            {
                CrossingKind.Writes => "VerbWrites",
                CrossingKind.Derives => "VerbDerives",
                CrossingKind.Calls => "VerbCalls",
                _ => "VerbUses",
            }),
            crossing.CodeSource.Describe(crossing.CodeSide),
            crossing.TargetSource.Describe(crossing.TargetSide)));
}
