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
    private readonly INamedTypeSymbol _type;
    private readonly ForeignCollections _foreign;
    private readonly object _gate = new();
    private readonly List<(SyntaxNode Node, SemanticModel Model, string? Collection, string? FirstArgument)> _candidates = [];
    private readonly Dictionary<ISymbol, (Side Side, Location Location)> _keySide = new(SymbolEqualityComparer.Default);
    private readonly List<(ISymbol Collection, Side Side, Location Location)> _lookups = [];

    public CollectionKeys(BoundaryContext boundary, INamedTypeSymbol type, ForeignCollections foreign)
    {
        _boundary = boundary;
        _type = type;
        _foreign = foreign;
    }

    /// <summary>The syntax kinds <see cref="Record"/> looks at.</summary>
    public static readonly SyntaxKind[] Kinds =
    [
        SyntaxKind.InvocationExpression, SyntaxKind.ElementAccessExpression, SyntaxKind.VariableDeclarator,
        SyntaxKind.PropertyDeclaration, SyntaxKind.SimpleAssignmentExpression,
    ];

    public void Record(SyntaxNodeAnalysisContext context)
    {
        if (Classify(context.Node) is not var (collection, firstArgument))
        {
            return;
        }

        lock (_gate)
        {
            _candidates.Add((context.Node, context.SemanticModel, collection, firstArgument));
        }
    }

    /// <summary>
    /// Whether a node may add or look up a key, with the name of the collection it uses and of its first argument:
    /// calls of the collection methods, indexers, and a field, property or local filled when it is made
    /// (<c>ToHashSet()</c>, <c>ToDictionary(...)</c>, a collection expression, a creation with items).
    /// </summary>
    internal static (string? Collection, string? FirstArgument)? Classify(SyntaxNode node)
    {
        switch (node)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation:
                if (!IsInsert(access.Name.Identifier.ValueText) && !IsLookup(access.Name.Identifier.ValueText))
                {
                    return null;
                }

                // CollectionExtensions.GetValueOrDefault(map, key) names the collection as its first argument; a call
                // with one argument passes only a key (Keys reads a first argument as the collection only before a key).
                var arguments = invocation.ArgumentList.Arguments;
                return (NameOf(access.Expression), arguments.Count > 1 ? NameOf(arguments[0].Expression) : NotACollection);
            case ElementAccessExpressionSyntax elementAccess:
                return (NameOf(elementAccess.Expression), NotACollection);
            case VariableDeclaratorSyntax { Initializer.Value: { } value } declarator when MakesCollection(value):
                return (declarator.Identifier.ValueText, NotACollection);
            case PropertyDeclarationSyntax { Initializer.Value: { } value } property when MakesCollection(value):
                return (property.Identifier.ValueText, NotACollection);
            case AssignmentExpressionSyntax { Left: var left, Right: var right } when MakesCollection(right) && NameOf(left) is { Length: > 0 } assigned && assigned != "[]":
                return (assigned, NotACollection);
            default:
                return null;
        }
    }

    private static bool IsInsert(string name) => name is "Add" or "TryAdd" or "Push" or "Enqueue" or "Insert" or "AddRange" or "UnionWith";

    private static bool IsLookup(string name) =>
        name is "ContainsKey" or "TryGetValue" or "Contains" or "Remove" or "TryRemove" or "GetValueOrDefault" or "IndexOf" or "LastIndexOf" or "BinarySearch";

    /// <summary>An expression that makes a collection with its keys in it.</summary>
    private static bool MakesCollection(ExpressionSyntax value) => value switch
    {
        CollectionExpressionSyntax collection => collection.Elements.Count > 0,
        // A creation with items, or of a generic collection from a sequence (new HashSet<string>(codes)); a plain
        // new Resident(seed) is no collection.
        BaseObjectCreationExpressionSyntax creation => creation.Initializer is { Expressions.Count: > 0 } ||
            (creation is ObjectCreationExpressionSyntax { Type: GenericNameSyntax or QualifiedNameSyntax { Right: GenericNameSyntax } } && creation.ArgumentList is { Arguments.Count: > 0 }),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } =>
            access.Name.Identifier.ValueText is "ToDictionary" or "ToHashSet" or "ToList" or "ToArray" or "ToLookup" or
                "ToImmutableHashSet" or "ToImmutableDictionary" or "ToImmutableArray" or "ToImmutableList" or "ToFrozenSet" or
                "ToFrozenDictionary" or "ToSortedSet" or "ToSortedDictionary",
        _ => false,
    };

    /// <summary>
    /// At the end of the type: binds the calls and indexers that may share a collection, and hands each lookup (or
    /// later key) of the other side than the collection's first key to <paramref name="report"/>.
    /// </summary>
    public void ReportMixedLookups(Action<Location, Location> report, CancellationToken cancellationToken)
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
                if ((isUnknown && relevant > 1) || unknown > (isUnknown ? 1 : 0) || UsedElsewhere(uses, collection) || UsedElsewhere(uses, firstArgument) ||
                    SharedWithOtherTypes(node, collection))
                {
                    Bind(node, model, cancellationToken);
                }
            }

            foreach (var (collection, side, location) in _lookups)
            {
                var key = _keySide.TryGetValue(collection, out var own) ? own : _foreign.KeysOf(collection, _boundary, cancellationToken);
                if (key.Side != Side.None && key.Side != side)
                {
                    report(location, key.Location);
                }
            }
        }
    }

    /// <summary>
    /// Whether a single use may still meet another in a different type: a collection reached through another object
    /// (<c>registry.Keys.Contains(...)</c>), or a member of this type that other types can reach.
    /// </summary>
    private bool SharedWithOtherTypes(SyntaxNode node, string? collection)
    {
        var receiver = node switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Expression,
            ElementAccessExpressionSyntax access => access.Expression,
            _ => null,
        };
        if (receiver is MemberAccessExpressionSyntax { Expression: not ThisExpressionSyntax })
        {
            return true;
        }

        if (!IsName(collection))
        {
            return false;
        }

        foreach (var member in _type.GetMembers(collection!))
        {
            if (member is IFieldSymbol or IPropertySymbol && member.DeclaredAccessibility != Accessibility.Private)
            {
                return true;
            }
        }

        return false;
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
        foreach (var (collection, side, isInsert, location) in Keys(node, model, _boundary, cancellationToken))
        {
            // The first key added fixes the collection's side; a later key of the other side mixes it as much as a
            // lookup does.
            if (isInsert && !_keySide.ContainsKey(collection))
            {
                _keySide.Add(collection, (side, location));
            }
            else
            {
                _lookups.Add((collection, side, location));
            }
        }
    }

    /// <summary>The keys a node adds to or looks up in a collection: the collection, the key's side, whether it is added, where.</summary>
    internal static IEnumerable<(ISymbol Collection, Side Side, bool IsInsert, Location Location)> Keys(SyntaxNode node, SemanticModel model, BoundaryContext boundary, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case VariableDeclaratorSyntax { Initializer.Value: { } value } declarator:
                return Filled(model.GetDeclaredSymbol(declarator, cancellationToken), value, node, model, boundary, cancellationToken);
            case PropertyDeclarationSyntax { Initializer.Value: { } value } property:
                return Filled(model.GetDeclaredSymbol(property, cancellationToken), value, node, model, boundary, cancellationToken);
            case AssignmentExpressionSyntax assignment when model.GetOperation(assignment, cancellationToken) is ISimpleAssignmentOperation { Target: var target } && !(target is IPropertyReferenceOperation { Property.IsIndexer: true }):
                return Filled(SymbolOf(target), assignment.Right, node, model, boundary, cancellationToken);
        }

        switch (model.GetOperation(node, cancellationToken))
        {
            case IInvocationOperation invocation:
                var isInsert = IsInsert(invocation.TargetMethod.Name);
                if (!isInsert && !IsLookup(invocation.TargetMethod.Name))
                {
                    break;
                }

                // An extension method (CollectionExtensions.GetValueOrDefault) takes the collection as its first argument.
                var arguments = invocation.Arguments;
                // So does a static helper (Array.IndexOf(items, key)).
                var first = invocation.Instance is null && arguments.Length >= 2 ? 1 : 0;
                var collection = first == 1 ? arguments[0].Value : invocation.Instance;
                if (collection is not null && arguments.Length > first && SymbolOf(collection) is { } collectionSymbol)
                {
                    var key = arguments[first].Value;
                    var side = invocation.TargetMethod.Name is "AddRange" or "UnionWith" ? IdentifierOrigin.OfElements(key, boundary) : IdentifierOrigin.Of(key, boundary);
                    if (side != Side.None)
                    {
                        return [(collectionSymbol, side, isInsert, invocation.Syntax.GetLocation())];
                    }
                }

                break;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance, Arguments.Length: 1 } indexer:
                var isAssigned = indexer.Parent is ISimpleAssignmentOperation assignment && assignment.Target == indexer;
                var keySide = IdentifierOrigin.Of(indexer.Arguments[0].Value, boundary);
                if (keySide != Side.None && SymbolOf(instance) is { } indexed)
                {
                    return [(indexed, keySide, isAssigned, indexer.Syntax.GetLocation())];
                }

                break;
        }

        return [];
    }

    private static IEnumerable<(ISymbol Collection, Side Side, bool IsInsert, Location Location)> Filled(ISymbol? collection, ExpressionSyntax value, SyntaxNode node, SemanticModel model, BoundaryContext boundary, CancellationToken cancellationToken)
    {
        if (collection is null)
        {
            return [];
        }

        var side = IdentifierOrigin.OfElements(model.GetOperation(value, cancellationToken), boundary);
        return side == Side.None ? [] : [(collection, side, true, value.GetLocation())];
    }

    private static ISymbol? SymbolOf(IOperation instance)
    {
        while (instance is IConversionOperation conversion)
        {
            instance = conversion.Operand;
        }

        return instance switch
        {
            IFieldReferenceOperation field => field.Field.OriginalDefinition,
            ILocalReferenceOperation local => local.Local,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.OriginalDefinition,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
    }
}
