using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CommunityGovernance.Analyzers.Rules;

/// <summary>
/// CGB006, sanctioned crossing without a reason: <c>[SanctionedCrossing("")]</c>. A crossing is a deliberate channel
/// between the sides, and its reason is what a reviewer reads; <see cref="MarkerAttributes"/> hands this rule every
/// attribute bound to the library's <c>SanctionedCrossingAttribute</c>.
/// </summary>
internal static class CrossingWithoutReason
{
    public static void Analyze(SyntaxNodeAnalysisContext context, AttributeSyntax crossing)
    {
        var reason = crossing.ArgumentList?.Arguments.Count > 0
            ? context.SemanticModel.GetConstantValue(crossing.ArgumentList.Arguments[0].Expression, context.CancellationToken)
            : default;
        if (reason.HasValue && (reason.Value is not string given || string.IsNullOrWhiteSpace(given)))
        {
            var owner = context.ContainingSymbol?.Name ?? string.Empty;
            context.ReportDiagnostic(Diagnostic.Create(BoundaryRules.CrossingWithoutReason, crossing.ArgumentList!.Arguments[0].GetLocation(), owner));
        }
    }
}
