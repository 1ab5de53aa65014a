using System.Collections.Generic;
using System.Threading;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CommunityGovernance.Analyzers.Crossings;

/// <summary>
/// Recognises code that runs inside a recorded personal-information access (个人信息访问记录): the body of a
/// delegate passed to a method marked <c>[PersonalInformationAccessor]</c> — an inline lambda or anonymous method,
/// a lambda stored in a local, a local function or a method of the same type passed as a method group, as long as
/// every use of the local, local function or method in its scope is such an argument. The access is the sanctioned
/// channel, so the crossing inside it is not flagged.
/// </summary>
internal static class RecordedAccess
{
    public static bool Encloses(SyntaxNode node, SemanticModel model, BoundaryContext boundary, CancellationToken cancellationToken)
    {
        if (boundary.Accessor is null)
        {
            return false;
        }

        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AnonymousFunctionExpressionSyntax function:
                    if (IsAccessorArgument(function, model, boundary, cancellationToken))
                    {
                        return true;
                    }

                    // Func<string> read = () => r.Phone; Access.Read("...", read);
                    if (function.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } &&
                        EnclosingBody(declarator) is { } body &&
                        OnlyPassedToAccessor(declarator.Identifier.ValueText, [body], model, boundary, cancellationToken))
                    {
                        return true;
                    }

                    break;
                case LocalFunctionStatementSyntax localFunction:
                    if (EnclosingBody(localFunction) is { } scope &&
                        OnlyPassedToAccessor(localFunction.Identifier.ValueText, [scope], model, boundary, cancellationToken))
                    {
                        return true;
                    }

                    break;
                case MethodDeclarationSyntax method:
                    // A method of the type passed as a method group: every use in the type must be such an argument.
                    if (method.Parent is TypeDeclarationSyntax &&
                        model.GetDeclaredSymbol(method, cancellationToken) is { ContainingType: { } type } &&
                        OnlyPassedToAccessor(method.Identifier.ValueText, Declarations(type, cancellationToken), model, boundary, cancellationToken))
                    {
                        return true;
                    }

                    return false;
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    private static bool IsAccessorArgument(ExpressionSyntax expression, SemanticModel model, BoundaryContext boundary, CancellationToken cancellationToken)
    {
        while (expression.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            expression = (ExpressionSyntax)expression.Parent;
        }

        return expression.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } &&
            model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method &&
            boundary.IsAccessor(method);
    }

    /// <summary>Whether the name is used at least once in the scopes, and only as a delegate handed to an accessor.</summary>
    private static bool OnlyPassedToAccessor(string name, IEnumerable<SyntaxNode> scopes, SemanticModel model, BoundaryContext boundary, CancellationToken cancellationToken)
    {
        var passed = false;
        foreach (var scope in scopes)
        {
            var scopeModel = scope.SyntaxTree == model.SyntaxTree ? model : model.Compilation.GetSemanticModel(scope.SyntaxTree);
            foreach (var identifier in scope.DescendantNodes())
            {
                if (identifier is not IdentifierNameSyntax { } use || use.Identifier.ValueText != name)
                {
                    continue;
                }

                ExpressionSyntax reference = use.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access && access.Name == use ? access : use;
                if (!IsAccessorArgument(reference, scopeModel, boundary, cancellationToken))
                {
                    return false;
                }

                passed = true;
            }
        }

        return passed;
    }

    private static SyntaxNode? EnclosingBody(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is MemberDeclarationSyntax or AccessorDeclarationSyntax)
            {
                return current;
            }
        }

        return null;
    }

    private static IEnumerable<SyntaxNode> Declarations(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            yield return reference.GetSyntax(cancellationToken);
        }
    }
}
