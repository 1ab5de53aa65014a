using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;

namespace CommunityGovernance.Analyzers.Identifiers;

/// <summary>
/// The side of the keys of a collection declared in another type of the compilation (a registry filled in one class
/// and queried in another): the first key added to it in its own type's source, found once per collection.
/// </summary>
/// <remarks>
/// Asked only for a lookup whose key came from an identifier and whose collection its own type did not fill, so the
/// declaring type's source is read rarely; the answer is cached per collection for the compilation.
/// </remarks>
internal sealed class ForeignCollections
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ISymbol, (Side Side, Location Location)> _keys = new(SymbolEqualityComparer.Default);

    public ForeignCollections(Compilation compilation) => _compilation = compilation;

    public (Side Side, Location Location) KeysOf(ISymbol collection, BoundaryContext boundary, CancellationToken cancellationToken)
    {
        if (collection is not (IFieldSymbol or IPropertySymbol) || collection.ContainingType is null)
        {
            return (Side.None, Location.None);
        }

        return _keys.TryGetValue(collection, out var known) ? known : _keys.GetOrAdd(collection, Compute(collection, boundary, cancellationToken));
    }

    private (Side, Location) Compute(ISymbol collection, BoundaryContext boundary, CancellationToken cancellationToken)
    {
        var candidates = new List<SyntaxNode>();
        foreach (var reference in collection.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodesAndSelf())
            {
                if (CollectionKeys.Classify(node) is var (name, firstArgument) && (name == collection.Name || firstArgument == collection.Name))
                {
                    candidates.Add(node);
                }
            }
        }

        candidates.Sort((x, y) =>
        {
            var byFile = string.CompareOrdinal(x.SyntaxTree.FilePath, y.SyntaxTree.FilePath);
            return byFile != 0 ? byFile : x.SpanStart.CompareTo(y.SpanStart);
        });
        foreach (var node in candidates)
        {
            var model = _compilation.GetSemanticModel(node.SyntaxTree);
            foreach (var (found, side, isInsert, location) in CollectionKeys.Keys(node, model, boundary, cancellationToken))
            {
                if (isInsert && SymbolEqualityComparer.Default.Equals(found, collection.OriginalDefinition))
                {
                    return (side, location);
                }
            }
        }

        return (Side.None, Location.None);
    }
}
