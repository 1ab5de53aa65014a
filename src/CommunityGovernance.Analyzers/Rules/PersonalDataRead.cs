using CommunityGovernance.Analyzers.Crossings;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CommunityGovernance.Analyzers.Rules;

/// <summary>
/// CGB003, personal data read by administrative code: a <c>[PersonalData]</c> member of a living-side type (个人信息)
/// read by administrative code outside a recorded personal-information access. It judges the crossings
/// <see cref="CrossingFinder"/> finds before <see cref="BoundaryCrossed"/> does; a crossing that is not such a read
/// stays CGB001.
/// </summary>
internal static class PersonalDataRead
{
    /// <summary>
    /// Reports <paramref name="name"/> when it is administrative code reading personal data; the caller has already
    /// made sure that it crosses and lies outside a recorded access.
    /// </summary>
    /// <returns>Whether the crossing was reported here.</returns>
    public static bool TryReport(SyntaxNodeAnalysisContext context, SimpleNameSyntax name, Side codeSide, ISymbol symbol, BoundaryContext boundary)
    {
        if (codeSide != Side.Administrative || !boundary.IsPersonalData(symbol) || !ReadsValue(name))
        {
            return false;
        }

        context.ReportDiagnostic(Diagnostic.Create(BoundaryRules.PersonalDataRead, name.Identifier.GetLocation(), SymbolText.Of(symbol)));
        return true;
    }

    /// <summary>Whether a name is read: not assigned to, and not merely named by <c>nameof</c>.</summary>
    private static bool ReadsValue(SimpleNameSyntax name)
    {
        ExpressionSyntax expression = name;
        if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name)
        {
            expression = access;
        }
        else if (name.Parent is MemberBindingExpressionSyntax binding)
        {
            expression = binding;
        }

        if (expression.Parent is AssignmentExpressionSyntax assignment && assignment.Left == expression &&
            assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
        {
            return false;
        }

        for (var node = expression.Parent; node is ExpressionSyntax or ArgumentSyntax or ArgumentListSyntax; node = node.Parent)
        {
            if (node is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } })
            {
                return false;
            }
        }

        return true;
    }
}
