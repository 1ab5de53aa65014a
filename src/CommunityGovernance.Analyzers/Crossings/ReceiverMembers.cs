using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using CommunityGovernance.Analyzers.Rules;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CommunityGovernance.Analyzers.Crossings;

/// <summary>
/// Settles a member access <c>receiver.Name</c> without binding its statement, when the receiver's type shows that
/// no member the name can pick is on the other side: names both sides bear (<c>Count</c>, <c>Value</c>,
/// <c>ToString</c>) are then dismissed by a name lookup instead of overload resolution of the whole statement.
/// </summary>
/// <remarks>
/// The proof: <c>receiver.Name</c> binds to a member named <c>Name</c> of the receiver's type, of one of its base
/// types or interfaces, or to an extension member. The receiver's type is asked of the compiler itself (the
/// receiver alone is bound where it stands: a local, parameter, field, property or type; or the type a
/// <c>new T(…)</c> names), so scoping, shadowing and <c>var</c> are the compiler's. When no member of that name
/// in the type's hierarchy is on the other side, and no symbol of the other side bearing the name could be an
/// extension member, the name cannot cross. Anything else (type parameters, <c>dynamic</c>, error types,
/// receivers of other shapes) is bound as before.
/// </remarks>
internal sealed class ReceiverMembers
{
    private readonly BoundaryContext _boundary;

    // Per receiver type (its definition), member name, side of the code and file settings: whether some member of
    // that name in the type's hierarchy is on the other side. Thousands of uses share a few dozen answers.
    private readonly ConcurrentDictionary<(ITypeSymbol Type, string Name, Side CodeSide, SideConfiguration Configuration), bool> _otherSideMember =
        new(new KeyComparer());

    // The member declarations whose bodies the semantic model has bound for a check already: a receiver there is read
    // from that binding, which the model keeps, instead of being bound again on its own.
    private readonly ConcurrentDictionary<(SyntaxTree Tree, int Start), bool> _boundMembers = new();

    public ReceiverMembers(BoundaryContext boundary) => _boundary = boundary;

    /// <summary>Whether <paramref name="name"/>, in code of <paramref name="codeSide"/>, provably picks no member of the other side.</summary>
    public bool CannotCross(
        SimpleNameSyntax name,
        NameSides sides,
        Side codeSide,
        ISymbol? container,
        SemanticModel model,
        SideConfiguration configuration,
        CancellationToken cancellationToken)
    {
        if (sides.OtherMayExtend(codeSide) ||
            name.Parent is not MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access ||
            access.Name != name)
        {
            return false;
        }

        var type = ParameterType(access.Expression, container) ?? ReceiverType(access.Expression, model, IsBound(name), cancellationToken);
        if (type is null or ITypeParameterSymbol or IErrorTypeSymbol ||
            type.TypeKind is TypeKind.Dynamic or TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.Error or TypeKind.TypeParameter)
        {
            return false;
        }

        var key = (type.OriginalDefinition, name.Identifier.ValueText, codeSide, configuration);
        return !(_otherSideMember.TryGetValue(key, out var known) ? known : _otherSideMember.GetOrAdd(key, OtherSideMember(key)));
    }

    /// <summary>
    /// Records that the semantic model has bound the member declaration <paramref name="node"/> is in (a type, a
    /// symbol or a conversion was asked of it), so that receivers there are read from that binding.
    /// </summary>
    public void NoteBound(SyntaxNode node)
    {
        if (MemberOf(node) is { } member)
        {
            _boundMembers.TryAdd((member.SyntaxTree, member.SpanStart), true);
        }
    }

    /// <summary>
    /// The member declaration a node is in, as the semantic model binds it (a method, an accessor's property, a
    /// field), or null outside members and in top-level statements.
    /// </summary>
    public static MemberDeclarationSyntax? MemberOf(SyntaxNode node)
    {
        var member = node.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax);
        return member is GlobalStatementSyntax ? null : member;
    }

    private bool IsBound(SyntaxNode node) =>
        !_boundMembers.IsEmpty && MemberOf(node) is { } member && _boundMembers.ContainsKey((member.SyntaxTree, member.SpanStart));

    /// <summary>
    /// Whether the type, a base type or an interface of it has a member of the name on the other side of
    /// <paramref name="codeSide"/>; cached like the receivers' answers.
    /// </summary>
    public bool HasOtherSideMember(ITypeSymbol type, string name, Side codeSide, SideConfiguration configuration)
    {
        var key = (type.OriginalDefinition, name, codeSide, configuration);
        return _otherSideMember.TryGetValue(key, out var known) ? known : _otherSideMember.GetOrAdd(key, OtherSideMember(key));
    }

    /// <summary>Whether a member of the name, in the type or a base type or interface of it, is on the other side.</summary>
    private bool OtherSideMember((ITypeSymbol Type, string Name, Side CodeSide, SideConfiguration Configuration) key)
    {
        for (var current = key.Type; current is not null; current = current.BaseType?.OriginalDefinition)
        {
            if (AnyOnOtherSide(current.GetMembers(key.Name), key.CodeSide, key.Configuration))
            {
                return true;
            }
        }

        foreach (var implemented in key.Type.AllInterfaces)
        {
            if (AnyOnOtherSide(implemented.OriginalDefinition.GetMembers(key.Name), key.CodeSide, key.Configuration))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The type of a receiver that names a parameter of the method the code is in, read from the method's signature,
    /// when no lambda, local function or query lies between: in the method's own body no local may take a
    /// parameter's name (CS0136), so the name is that parameter. Null when that does not hold.
    /// </summary>
    private static ITypeSymbol? ParameterType(ExpressionSyntax receiver, ISymbol? container)
    {
        if (receiver is not IdentifierNameSyntax identifier || container is not IMethodSymbol { Parameters.IsEmpty: false } method)
        {
            return null;
        }

        IParameterSymbol? named = null;
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Name == identifier.Identifier.ValueText)
            {
                named = parameter;
            }
        }

        if (named is null)
        {
            return null;
        }

        for (var node = identifier.Parent; node is not null and not MemberDeclarationSyntax and not AccessorDeclarationSyntax; node = node.Parent)
        {
            if (node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or QueryExpressionSyntax)
            {
                return null;
            }
        }

        return named.Type;
    }

    /// <summary>
    /// The type whose members the name is looked up in, or null when only binding the statement can tell. In a member
    /// the model has bound already (<paramref name="memberBound"/>), the receiver is read from that binding; elsewhere
    /// it is bound alone, which costs less than binding the member.
    /// </summary>
    private static ITypeSymbol? ReceiverType(ExpressionSyntax receiver, SemanticModel model, bool memberBound, CancellationToken cancellationToken)
    {
        switch (receiver)
        {
            case IdentifierNameSyntax identifier:
                // The compiler's own lookup of locals, parameters, members and types, where the receiver stands.
                var symbol = memberBound
                    ? model.GetSymbolInfo(identifier, cancellationToken).Symbol
                    : model.GetSpeculativeSymbolInfo(identifier.SpanStart, identifier, SpeculativeBindingOption.BindAsExpression).Symbol;
                cancellationToken.ThrowIfCancellationRequested();
                return symbol switch
                {
                    ILocalSymbol local => local.Type,
                    IParameterSymbol parameter => parameter.Type,
                    IFieldSymbol field => field.Type,
                    IPropertySymbol { IsIndexer: false } property => property.Type,
                    INamedTypeSymbol type => type,
                    _ => null,
                };
            case ObjectCreationExpressionSyntax { Initializer: null } creation when memberBound:
                return model.GetSymbolInfo(creation.Type, cancellationToken).Symbol as INamedTypeSymbol;
            case ObjectCreationExpressionSyntax { Initializer: null } creation:
                return model.GetSpeculativeSymbolInfo(creation.Type.SpanStart, creation.Type, SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol as INamedTypeSymbol;
            default:
                return null;
        }
    }

    private bool AnyOnOtherSide(ImmutableArray<ISymbol> members, Side codeSide, SideConfiguration configuration)
    {
        foreach (var member in members)
        {
            var side = _boundary.SideOf(member, configuration);
            if (BoundaryCrossed.Crosses(codeSide, side))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class KeyComparer : IEqualityComparer<(ITypeSymbol Type, string Name, Side CodeSide, SideConfiguration Configuration)>
    {
        public bool Equals((ITypeSymbol Type, string Name, Side CodeSide, SideConfiguration Configuration) x, (ITypeSymbol Type, string Name, Side CodeSide, SideConfiguration Configuration) y) =>
            SymbolEqualityComparer.Default.Equals(x.Type, y.Type) && string.Equals(x.Name, y.Name, StringComparison.Ordinal) &&
            x.CodeSide == y.CodeSide && ReferenceEquals(x.Configuration, y.Configuration);

        public int GetHashCode((ITypeSymbol Type, string Name, Side CodeSide, SideConfiguration Configuration) key) =>
            (SymbolEqualityComparer.Default.GetHashCode(key.Type) * 31) ^ StringComparer.Ordinal.GetHashCode(key.Name) ^ ((int)key.CodeSide << 24);
    }
}
