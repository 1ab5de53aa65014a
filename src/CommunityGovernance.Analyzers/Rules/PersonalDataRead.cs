using CommunityGovernance.Analyzers.Crossings;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CommunityGovernance.Analyzers.Rules;

/// <summary>
/// CGB003, personal data read by administrative code: a <c>[PersonalData]</c> member of a living-side type (个人信息)
/// read by administrative code outside a recorded personal-information access — by name, or through the
/// <c>Deconstruct</c> of a record (a deconstruction or positional pattern). It judges the crossings
/// <see cref="CrossingFinder"/> finds before <see cref="BoundaryCrossed"/> does; a crossing that is not such a read
/// (a write, through assignment, <c>out</c>, <c>ref</c> or deconstruction) stays CGB001.
/// </summary>
internal static class PersonalDataRead
{
    /// <summary>
    /// Whether <paramref name="name"/> is administrative code reading personal data; the caller has already made
    /// sure that it crosses and lies outside a recorded access.
    /// </summary>
    public static bool Reads(SimpleNameSyntax name, Side codeSide, ISymbol symbol, BoundaryContext boundary) =>
        codeSide == Side.Administrative && boundary.IsPersonalData(symbol) && ReadsValue(name);

    /// <summary>
    /// Reports the read, with the other uses of the living side on its line (the registry reached, the resident
    /// named) as additional locations: one crossing, one diagnostic.
    /// </summary>
    public static void Report(SyntaxNodeAnalysisContext context, Crossing crossing, System.Collections.Immutable.ImmutableArray<Location> others) =>
        context.ReportDiagnostic(Diagnostic.Create(
            BoundaryRules.PersonalDataRead,
            crossing.Location,
            others,
            SymbolText.Of(crossing.Symbol),
            crossing.CodeSource.Describe(crossing.CodeSide),
            crossing.TargetSource.Describe(crossing.TargetSide)));

    /// <summary>Whether a name is read: not written (assigned, <c>out</c>, <c>ref</c>, deconstructed into), and not merely named by <c>nameof</c>.</summary>
    private static bool ReadsValue(SimpleNameSyntax name)
    {
        if (CrossingFinder.IsWrite(name))
        {
            return false;
        }

        for (var node = name.Parent; node is ExpressionSyntax or ArgumentSyntax or ArgumentListSyntax; node = node.Parent)
        {
            if (node is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } })
            {
                return false;
            }
        }

        return true;
    }
}
