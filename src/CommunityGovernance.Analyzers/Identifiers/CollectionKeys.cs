using System;
using System.Collections.Generic;
using System.Threading;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CommunityGovernance.Analyzers.Identifiers;

/// <summary>
/// Collections keyed by one side's identifiers (or values read from them) and looked up with the other's, within
/// one type: keys are recorded as they are added, lookups as they happen, and the two are compared at the end.
/// </summary>
/// <remarks>
/// Only a collection used at least twice in the type can mix (a key added, then a lookup or another key), so the
/// calls and indexers are gathered by the name of the collection they use, and only those that share a name with
/// another (or whose collection has no plain name) are bound to operations, at the end of the type.
/// </remarks>
internal sealed class CollectionKeys
{
    /// <summary>What <see cref="NameOf"/> gives an expression that cannot denote a collection symbol.</summary>
    private const string NotACollection = "";

    private readonly BoundaryContext _boundary;
    private readonly object _gate = new();
    private readonly List<(SyntaxNode Node, SemanticModel Model, string? Collection, string? FirstArgument)> _candidates = [];
    private readonly Dictionary<ISymbol, Side> _keySide = new(SymbolEqualityComparer.Default);
    private readonly List<(ISymbol Collection, Side Side, Location Location)> _lookups = [];

    public CollectionKeys(BoundaryContext boundary) => _boundary = boundary;

    public void Record(SyntaxNodeAnalysisContext context)
    {
        // Only calls of the collection methods, and indexers, can add or look up a key.
        string? collection;
        string? firstArgument = NotACollection;
        switch (context.Node)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation:
                if (access.Name.Identifier.ValueText is not ("Add" or "TryAdd" or "ContainsKey" or "TryGetValue" or "Contains" or "Remove" or "TryRemove" or "GetValueOrDefault"))
                {
                    return;
                }

                collection = NameOf(access.Expression);

                // CollectionExtensions.GetValueOrDefault(map, key) names the collection as its first argument.
                if (invocation.ArgumentList.Arguments.Count > 0)
                {
                    firstArgument = NameOf(invocation.ArgumentList.Arguments[0].Expression);
                }

                break;
            case ElementAccessExpressionSyntax elementAccess:
                collection = NameOf(elementAccess.Expression);
                break;
            default:
                return;
        }

        lock (_gate)
        {
            _candidates.Add((context.Node, context.SemanticModel, collection, firstArgument));
        }
    }

    /// <summary>
    /// At the end of the type: binds the calls and indexers that may share a collection, and hands each lookup (or
    /// later key) of the other side than the collection's first key to <paramref name="report"/>.
    /// </summary>
    public void ReportMixedLookups(Action<Location> report, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // Each candidate with the names its collection may go by; a collection of unknown name may be any.
            var uses = new Dictionary<string, int>(StringComparer.Ordinal);
            var relevant = 0;
            var unknown = 0;
            foreach (var (_, _, collection, firstArgument) in _candidates)
            {
                if (collection is null || firstArgument is null)
                {
                    unknown++;
                }

                if (IsName(collection))
                {
                    Count(uses, collection!);
                }

                if (IsName(firstArgument) && firstArgument != collection)
                {
                    Count(uses, firstArgument!);
                }

                if (collection != NotACollection || firstArgument != NotACollection)
                {
                    relevant++;
                }
            }

            // In the order of the source, so that the first key added is the same on every run.
            _candidates.Sort((x, y) =>
            {
                var byFile = string.CompareOrdinal(x.Node.SyntaxTree.FilePath, y.Node.SyntaxTree.FilePath);
                return byFile != 0 ? byFile : x.Node.SpanStart.CompareTo(y.Node.SpanStart);
            });
            foreach (var (node, model, collection, firstArgument) in _candidates)
            {
                if (collection == NotACollection && firstArgument == NotACollection)
                {
                    continue;
                }

                var isUnknown = collection is null || firstArgument is null;
                if ((isUnknown && relevant > 1) || unknown > (isUnknown ? 1 : 0) || UsedElsewhere(uses, collection) || UsedElsewhere(uses, firstArgument))
                {
                    Bind(node, model, cancellationToken);
                }
            }

            foreach (var (collection, side, location) in _lookups)
            {
                if (_keySide.TryGetValue(collection, out var keySide) && keySide != side)
                {
                    report(location);
                }
            }
        }
    }

    private static bool IsName(string? name) => name is not null && name != NotACollection;

    private static void Count(Dictionary<string, int> uses, string name) =>
        uses[name] = uses.TryGetValue(name, out var count) ? count + 1 : 1;

    private static bool UsedElsewhere(Dictionary<string, int> uses, string? name) =>
        IsName(name) && uses.TryGetValue(name!, out var count) && count > 1;

    /// <summary>
    /// The name a collection expression refers to the collection by (<c>map</c>, <c>this.map</c>,
    /// <c>((IDictionary&lt;K, V&gt;)map)</c>; any indexer's result is <c>[]</c>), <see cref="NotACollection"/>
    /// when the expression cannot denote a field, local, property or parameter, or null when that is unknown.
    /// </summary>
    private static string? NameOf(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    continue;
                case CastExpressionSyntax cast:
                    expression = cast.Expression;
                    continue;
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AsExpression } asExpression:
                    expression = asExpression.Left;
                    continue;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed:
                    expression = suppressed.Operand;
                    continue;
                case SimpleNameSyntax simple:
                    return simple.Identifier.ValueText;
                case MemberAccessExpressionSyntax access:
                    return access.Name.Identifier.ValueText;
                case MemberBindingExpressionSyntax binding:
                    return binding.Name.Identifier.ValueText;
                case ElementAccessExpressionSyntax or ElementBindingExpressionSyntax:
                    return "[]";
                case LiteralExpressionSyntax or InterpolatedStringExpressionSyntax or BaseObjectCreationExpressionSyntax or
                    InvocationExpressionSyntax or AnonymousFunctionExpressionSyntax or TypeOfExpressionSyntax or DefaultExpressionSyntax or
                    ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or TupleExpressionSyntax or
                    CollectionExpressionSyntax or ThisExpressionSyntax or BaseExpressionSyntax:
                    return NotACollection;
                case BinaryExpressionSyntax:
                    return NotACollection;
                default:
                    return null;
            }
        }
    }

    private void Bind(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (model.GetOperation(node, cancellationToken))
        {
            case IInvocationOperation invocation:
                var isInsert = invocation.TargetMethod.Name is "Add" or "TryAdd";
                var isLookup = invocation.TargetMethod.Name is "ContainsKey" or "TryGetValue" or "Contains" or "Remove" or "TryRemove" or "GetValueOrDefault";
                if (!isInsert && !isLookup)
                {
                    break;
                }

                // An extension method (CollectionExtensions.GetValueOrDefault) takes the collection as its first argument.
                var arguments = invocation.Arguments;
                var first = invocation.Instance is null && invocation.TargetMethod.IsExtensionMethod ? 1 : 0;
                var collection = first == 1 ? arguments[0].Value : invocation.Instance;
                if (collection is not null && arguments.Length > first)
                {
                    Note(collection, arguments[first].Value, isInsert, invocation.Syntax.GetLocation());
                }

                break;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance, Arguments.Length: 1 } indexer:
                var isAssigned = indexer.Parent is ISimpleAssignmentOperation assignment && assignment.Target == indexer;
                Note(instance, indexer.Arguments[0].Value, isAssigned, indexer.Syntax.GetLocation());
                break;
        }
    }

    private void Note(IOperation instance, IOperation key, bool isInsert, Location location)
    {
        while (instance is IConversionOperation conversion)
        {
            instance = conversion.Operand;
        }

        var collection = instance switch
        {
            IFieldReferenceOperation field => (ISymbol)field.Field,
            ILocalReferenceOperation local => local.Local,
            IPropertyReferenceOperation property => property.Property,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
        if (collection is null)
        {
            return;
        }

        var side = IdentifierOrigin.Of(key, _boundary);
        if (side == Side.None)
        {
            return;
        }

        {
            // The first key added fixes the collection's side; a later key of the other side mixes it as much as a
            // lookup does.
            if (isInsert && !_keySide.ContainsKey(collection))
            {
                _keySide.Add(collection, side);
            }
            else
            {
                _lookups.Add((collection, side, location));
            }
        }
    }
}
