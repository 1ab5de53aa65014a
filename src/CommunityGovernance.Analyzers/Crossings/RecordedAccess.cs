using System.Threading;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CommunityGovernance.Analyzers.Crossings;

/// <summary>
/// Recognises code that runs inside a recorded personal-information access (个人信息访问记录): the body of a lambda
/// or anonymous method passed to a method marked <c>[PersonalInformationAccessor]</c>. The access is the
/// sanctioned channel, so the crossing inside it is not flagged.
/// </summary>
internal static class RecordedAccess
{
    public static bool Encloses(SyntaxNode node, SemanticModel model, BoundaryContext boundary, CancellationToken cancellationToken)
    {
        if (boundary.Accessor is null)
        {
            return false;
        }

        for (var current = node.Parent; current is not null and not MemberDeclarationSyntax; current = current.Parent)
        {
            if (current is AnonymousFunctionExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } } &&
                model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method &&
                boundary.IsAccessor(method))
            {
                return true;
            }
        }

        return false;
    }
}
