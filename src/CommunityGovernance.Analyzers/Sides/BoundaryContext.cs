using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CommunityGovernance.Analyzers.Sides;

/// <summary>
/// What the boundary analyzers know about one compilation: the boundary attributes, resolved once by metadata
/// name, and caches of every symbol's side and every file's namespace patterns.
/// </summary>
/// <remarks>
/// A symbol's side is, in order: an attribute on the member (or, for an accessor, on its property or event),
/// then on its containing types, then inherited from a type's base types and interfaces, then an attribute on its
/// assembly, then the namespace patterns that apply to the file being analyzed.
/// </remarks>
internal sealed class BoundaryContext
{
    public const string BoundariesNamespace = "CommunityGovernance.Boundaries.";

    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly ConcurrentDictionary<ISymbol, Side?> _attributeSide = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IAssemblySymbol, Side?> _assemblySide = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _personalData = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, Side> _identifierSide = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, SideConfiguration> _configurationOfTree = new();
    private readonly ConcurrentDictionary<(string?, string?), SideConfiguration> _configurationOfText = new();

    private BoundaryContext(Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        _options = options;
        Administrative = compilation.GetTypeByMetadataName(BoundariesNamespace + "AdministrativeSideAttribute");
        Living = compilation.GetTypeByMetadataName(BoundariesNamespace + "LivingSideAttribute");
        Crossing = compilation.GetTypeByMetadataName(BoundariesNamespace + "SanctionedCrossingAttribute");
        Identifier = compilation.GetTypeByMetadataName(BoundariesNamespace + "SideIdentifierAttribute");
        PersonalData = compilation.GetTypeByMetadataName(BoundariesNamespace + "PersonalDataAttribute");
        Accessor = compilation.GetTypeByMetadataName(BoundariesNamespace + "PersonalInformationAccessorAttribute");
    }

    public INamedTypeSymbol? Administrative { get; }

    public INamedTypeSymbol? Living { get; }

    public INamedTypeSymbol? Crossing { get; }

    public INamedTypeSymbol? Identifier { get; }

    public INamedTypeSymbol? PersonalData { get; }

    public INamedTypeSymbol? Accessor { get; }

    /// <summary>
    /// The context, or <see langword="null"/> when nothing in the compilation can have a side: the attributes are
    /// not referenced and no file has namespace patterns.
    /// </summary>
    public static BoundaryContext? TryCreate(Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        var context = new BoundaryContext(compilation, options);
        if (context.Administrative is not null || context.Living is not null || context.Identifier is not null)
        {
            return context;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!context.ConfigurationFor(tree).IsEmpty)
            {
                return context;
            }
        }

        return null;
    }

    /// <summary>The namespace patterns that apply to a file, read once per file.</summary>
    public SideConfiguration ConfigurationFor(SyntaxTree tree)
    {
        if (_configurationOfTree.TryGetValue(tree, out var known))
        {
            return known;
        }

        var options = _options.GetOptions(tree);
        options.TryGetValue(SideConfiguration.AdministrativeKey, out var administrative);
        options.TryGetValue(SideConfiguration.LivingKey, out var living);
        var configuration = administrative is null && living is null
            ? SideConfiguration.Empty
            : _configurationOfText.GetOrAdd((administrative, living), key => new SideConfiguration(key.Item1, key.Item2));
        return _configurationOfTree.GetOrAdd(tree, configuration);
    }

    /// <summary>The side of a symbol used or declared in code governed by <paramref name="configuration"/>.</summary>
    public Side SideOf(ISymbol symbol, SideConfiguration configuration)
    {
        var normalized = Normalize(symbol);
        if (normalized is null)
        {
            return Side.None;
        }

        var side = AttributeSide(normalized);
        if (side.HasValue)
        {
            return side.Value;
        }

        if (normalized.ContainingAssembly is { } assembly)
        {
            side = AssemblySide(assembly);
            if (side.HasValue)
            {
                return side.Value;
            }
        }

        return configuration.SideOf(OutermostType(normalized)?.ContainingNamespace);
    }

    /// <summary>
    /// The side that attributes (on the symbol, its containing or base types, or its assembly) give a symbol
    /// wherever it is used, or <see langword="null"/> when only the namespace patterns of the using file can.
    /// </summary>
    public Side? FixedSideOf(ISymbol symbol)
    {
        var normalized = Normalize(symbol);
        if (normalized is null)
        {
            return Side.None;
        }

        return AttributeSide(normalized) ?? (normalized.ContainingAssembly is { } assembly ? AssemblySide(assembly) : null);
    }

    /// <summary>The outermost type a symbol is declared in (itself, for a top-level type), if any.</summary>
    public static INamedTypeSymbol? OutermostType(ISymbol? symbol)
    {
        var outermost = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
        while (outermost?.ContainingType is not null)
        {
            outermost = outermost.ContainingType;
        }

        return outermost;
    }

    /// <summary>
    /// The side of the units a <c>[SideIdentifier]</c> type identifies (looking through <c>Nullable&lt;T&gt;</c>),
    /// or <see cref="Side.None"/> for any other type.
    /// </summary>
    public Side IdentifierSideOf(ITypeSymbol? type)
    {
        if (type is null || Identifier is null)
        {
            return Side.None;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Struct or TypeKind.Class))
        {
            return Side.None;
        }

        return _identifierSide.GetOrAdd(type, ComputeIdentifierSide);
    }

    /// <summary>Whether a property or field holds a personal datum (<c>[PersonalData]</c>).</summary>
    public bool IsPersonalData(ISymbol symbol)
    {
        if (PersonalData is null || symbol.Kind is not (SymbolKind.Property or SymbolKind.Field))
        {
            return false;
        }

        return _personalData.GetOrAdd(symbol.OriginalDefinition, ComputePersonalData);
    }

    /// <summary>Whether a method runs the delegates passed to it inside a recorded personal-information access.</summary>
    public bool IsAccessor(IMethodSymbol method)
    {
        if (Accessor is null)
        {
            return false;
        }

        var definition = (method.ReducedFrom ?? method).OriginalDefinition;
        return HasAttribute(definition.GetAttributes(), Accessor);
    }

    /// <summary>What the boundary markers on one declaration say, before any precedence is applied.</summary>
    public Markers MarkersOf(ImmutableArray<AttributeData> attributes)
    {
        var markers = Markers.None;
        foreach (var attribute in attributes)
        {
            var type = attribute.AttributeClass;
            if (type is null)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(type, Administrative))
            {
                markers |= Markers.Administrative;
            }
            else if (SymbolEqualityComparer.Default.Equals(type, Living))
            {
                markers |= Markers.Living;
            }
            else if (SymbolEqualityComparer.Default.Equals(type, Crossing))
            {
                markers |= Markers.Crossing;
            }
            else if (SymbolEqualityComparer.Default.Equals(type, Identifier))
            {
                markers |= Markers.Identifier;
            }
        }

        return markers;
    }

    private static ISymbol? Normalize(ISymbol symbol)
    {
        switch (symbol)
        {
            case IMethodSymbol { ReducedFrom: { } extension }:
                symbol = extension;
                break;
            case ILocalSymbol or IParameterSymbol or INamespaceSymbol or ITypeParameterSymbol or ILabelSymbol or IRangeVariableSymbol or IDiscardSymbol or IAliasSymbol or IPreprocessingSymbol:
                return null;
            case IArrayTypeSymbol array:
                return Normalize(array.ElementType);
            case IPointerTypeSymbol pointer:
                return Normalize(pointer.PointedAtType);
        }

        // Lambdas and local functions are part of the member that declares them.
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } inner && inner.ContainingSymbol is not null)
        {
            symbol = inner.ContainingSymbol;
        }

        return symbol.OriginalDefinition;
    }

    private Side? AttributeSide(ISymbol symbol) =>
        _attributeSide.TryGetValue(symbol, out var known) ? known : _attributeSide.GetOrAdd(symbol, ComputeAttributeSide(symbol));

    private Side? ComputeAttributeSide(ISymbol symbol)
    {
        var own = FromMarkers(MarkersOf(symbol.GetAttributes()));
        if (own.HasValue)
        {
            return own;
        }

        if (symbol is IMethodSymbol { AssociatedSymbol: { } associated })
        {
            own = FromMarkers(MarkersOf(associated.GetAttributes()));
            if (own.HasValue)
            {
                return own;
            }
        }

        if (symbol is INamedTypeSymbol type)
        {
            if (type.ContainingType is { } container && AttributeSide(container) is { } containerSide)
            {
                return containerSide;
            }

            // A vendor's type inherits the side of the library type it derives from or implements.
            for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType == SpecialType.None; baseType = baseType.BaseType)
            {
                if (AttributeSide(baseType.OriginalDefinition) is { } baseSide)
                {
                    return baseSide;
                }
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (FromMarkers(MarkersOf(implemented.OriginalDefinition.GetAttributes())) is { } interfaceSide)
                {
                    return interfaceSide;
                }
            }

            return null;
        }

        return symbol.ContainingType is { } containing ? AttributeSide(containing.OriginalDefinition) : null;
    }

    private Side? AssemblySide(IAssemblySymbol assembly) =>
        _assemblySide.TryGetValue(assembly, out var known) ? known : _assemblySide.GetOrAdd(assembly, FromMarkers(MarkersOf(assembly.GetAttributes())));

    private static Side? FromMarkers(Markers markers)
    {
        if ((markers & Markers.Crossing) != 0)
        {
            return Side.Crossing;
        }

        if ((markers & Markers.Identifier) != 0)
        {
            return (markers & (Markers.Administrative | Markers.Living)) != 0 ? Side.None : Side.Identifier;
        }

        return (markers & (Markers.Administrative | Markers.Living)) switch
        {
            Markers.Administrative => Side.Administrative,
            Markers.Living => Side.Living,
            Markers.None => null,
            _ => Side.None,
        };
    }

    private Side ComputeIdentifierSide(ITypeSymbol type)
    {
        foreach (var attribute in type.OriginalDefinition.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, Identifier) &&
                attribute.ConstructorArguments.Length == 1 &&
                attribute.ConstructorArguments[0].Value is int value)
            {
                return value switch
                {
                    1 => Side.Administrative,
                    2 => Side.Living,
                    _ => Side.None,
                };
            }
        }

        return Side.None;
    }

    private bool ComputePersonalData(ISymbol symbol)
    {
        for (var current = symbol; current is not null; current = (current as IPropertySymbol)?.OverriddenProperty)
        {
            if (HasAttribute(current.GetAttributes(), PersonalData!))
            {
                return true;
            }
        }

        // A positional record's property carries its data mark on the primary constructor's parameter.
        if (symbol is IPropertySymbol property && property.ContainingType is { } type && !property.Locations.IsEmpty)
        {
            foreach (var constructor in type.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.Name == property.Name && parameter.Locations.Length == 1 && parameter.Locations[0] == property.Locations[0])
                    {
                        return HasAttribute(parameter.GetAttributes(), PersonalData!);
                    }
                }
            }
        }

        return false;
    }

    private static bool HasAttribute(ImmutableArray<AttributeData> attributes, INamedTypeSymbol attributeType)
    {
        foreach (var attribute in attributes)
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                return true;
            }
        }

        return false;
    }
}
