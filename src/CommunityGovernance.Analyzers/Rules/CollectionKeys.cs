using System.Collections.Generic;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CommunityGovernance.Analyzers.Rules;

/// <summary>
/// Collections keyed by one side's identifiers (or values read from them) and looked up with the other's, within
/// one type: keys are recorded as they are added, lookups as they happen, and the two are compared at the end.
/// </summary>
internal sealed class CollectionKeys
{
    private readonly BoundaryContext _boundary;
    private readonly object _gate = new();
    private readonly Dictionary<ISymbol, Side> _keySide = new(SymbolEqualityComparer.Default);
    private readonly List<(ISymbol Collection, Side Side, Location Location)> _lookups = [];

    public CollectionKeys(BoundaryContext boundary) => _boundary = boundary;

    public void Record(SyntaxNodeAnalysisContext context)
    {
        // Only calls of the collection methods, and indexers, are bound to operations.
        if (context.Node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } &&
            access.Name.Identifier.ValueText is not ("Add" or "TryAdd" or "ContainsKey" or "TryGetValue" or "Contains" or "Remove" or "TryRemove" or "GetValueOrDefault"))
        {
            return;
        }

        if (context.Node is InvocationExpressionSyntax { Expression: not MemberAccessExpressionSyntax })
        {
            return;
        }

        switch (context.SemanticModel.GetOperation(context.Node, context.CancellationToken))
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

    public void Report(SymbolAnalysisContext context)
    {
        lock (_gate)
        {
            foreach (var (collection, side, location) in _lookups)
            {
                if (_keySide.TryGetValue(collection, out var keySide) && keySide != side)
                {
                    context.ReportDiagnostic(Diagnostic.Create(BoundaryRules.IdentifierSpacesMixed, location, Resources.Get("MixLookup")));
                }
            }
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

        lock (_gate)
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
