using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
    private readonly ConcurrentDictionary<ISymbol, (Side?, SideSource)> _declaredSide = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, (Side?, SideSource)> _inheritedSide = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IAssemblySymbol, Side?> _assemblySide = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, bool> _personalData = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, Side> _identifierSide = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, SideConfiguration> _configurationOfTree = new();
    private readonly ConcurrentDictionary<string, SideConfiguration> _configurationOfText = new(StringComparer.Ordinal);
    private ImmutableArray<SideConfiguration>? _identifierConfigurations;

    private readonly Compilation _compilation;

    private BoundaryContext(Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        _compilation = compilation;
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
        var values = new string?[SideConfiguration.Keys.Length];
        var any = false;
        for (var i = 0; i < values.Length; i++)
        {
            options.TryGetValue(SideConfiguration.Keys[i], out values[i]);
            any |= values[i] is not null;
        }

        var configuration = !any
            ? SideConfiguration.Empty
            : _configurationOfText.GetOrAdd(string.Join("\u0001", values.Select(v => v ?? "\u0002")), _ => new SideConfiguration(values[0], values[1], values[2], values[3], values[4]));
        return _configurationOfTree.GetOrAdd(tree, configuration);
    }

    /// <summary>
    /// The side of a symbol used or declared in code governed by <paramref name="configuration"/>: an attribute on
    /// the symbol or its containing types, an identifier type named in <c>.editorconfig</c>, a crossing or side
    /// inherited from a base type that is a crossing, the assembly's attribute, the namespace patterns, and last
    /// the side inherited from a base type or interface.
    /// </summary>
    /// <remarks>
    /// A side inherited from a base type gives way to the assembly and the patterns, so that a type in an
    /// administrative namespace that derives from a living type stays administrative and its derivation is
    /// reported, instead of silently becoming living.
    /// </remarks>
    public Side SideOf(ISymbol symbol, SideConfiguration configuration) => Resolve(symbol, configuration).Side;

    /// <summary>The side of a symbol with where it came from, for messages.</summary>
    public (Side Side, SideSource Source) Resolve(ISymbol symbol, SideConfiguration configuration)
    {
        var normalized = Normalize(symbol);
        if (normalized is null)
        {
            return (Side.None, default);
        }

        var declared = DeclaredSide(normalized);
        if (declared.Side.HasValue)
        {
            return (declared.Side.Value, declared.Source);
        }

        if (ConfiguredIdentifierSide(OutermostType(normalized)) != Side.None)
        {
            return (Side.Identifier, new SideSource(SideSourceKind.Identifier, OutermostType(normalized)!, null));
        }

        var inherited = InheritedSide(normalized);
        if (inherited.Side is Side.Crossing or Side.Identifier)
        {
            return (inherited.Side.Value, inherited.Source);
        }

        if (normalized.ContainingAssembly is { } assembly && AssemblySide(assembly) is { } assemblySide)
        {
            return (assemblySide, new SideSource(SideSourceKind.Assembly, assembly, null));
        }

        var (patternSide, pattern) = configuration.Match(OutermostType(normalized)?.ContainingNamespace);
        if (patternSide != Side.None)
        {
            return (patternSide, new SideSource(SideSourceKind.Pattern, OutermostType(normalized)!, pattern));
        }

        return inherited.Side.HasValue ? (inherited.Side.Value, inherited.Source) : (Side.None, default);
    }

    /// <summary>
    /// The side that attributes (on the symbol or its containing types, or its assembly) give a symbol wherever it
    /// is used, or <see langword="null"/> when the namespace patterns of the using file or an inherited side can.
    /// </summary>
    public Side? FixedSideOf(ISymbol symbol)
    {
        var normalized = Normalize(symbol);
        if (normalized is null)
        {
            return Side.None;
        }

        if (DeclaredSide(normalized).Side is { } declared)
        {
            return declared;
        }

        if (InheritedSide(normalized).Side is { } inherited and (Side.Crossing or Side.Identifier))
        {
            return inherited;
        }

        return normalized.ContainingAssembly is { } assembly ? AssemblySide(assembly) : null;
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
        if (type is null || (Identifier is null && IdentifierConfigurations.IsEmpty))
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
        return HasAttribute(definition.GetAttributes(), Accessor, "PersonalInformationAccessorAttribute");
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

            if (Is(type, Administrative, "AdministrativeSideAttribute"))
            {
                markers |= Markers.Administrative;
            }
            else if (Is(type, Living, "LivingSideAttribute"))
            {
                markers |= Markers.Living;
            }
            else if (Is(type, Crossing, "SanctionedCrossingAttribute"))
            {
                markers |= Markers.Crossing;
            }
            else if (Is(type, Identifier, "SideIdentifierAttribute"))
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

    /// <summary>The side an attribute on the symbol, its property or event, or a containing type gives it.</summary>
    private (Side? Side, SideSource Source) DeclaredSide(ISymbol symbol) =>
        _declaredSide.TryGetValue(symbol, out var known) ? known : _declaredSide.GetOrAdd(symbol, ComputeDeclaredSide(symbol));

    private (Side? Side, SideSource Source) ComputeDeclaredSide(ISymbol symbol)
    {
        var own = FromMarkers(MarkersOf(symbol.GetAttributes()));
        if (own.HasValue)
        {
            return (own, new SideSource(SideSourceKind.Attribute, symbol, null));
        }

        if (symbol is IMethodSymbol { AssociatedSymbol: { } associated })
        {
            own = FromMarkers(MarkersOf(associated.GetAttributes()));
            if (own.HasValue)
            {
                return (own, new SideSource(SideSourceKind.Attribute, associated, null));
            }
        }

        return symbol.ContainingType is { } containing ? DeclaredSide(containing.OriginalDefinition) : (null, default);
    }

    /// <summary>
    /// The side a type (or the type a member is declared in, or one containing it) inherits from the library type it
    /// derives from or implements.
    /// </summary>
    private (Side? Side, SideSource Source) InheritedSide(ISymbol symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is null)
        {
            return (null, default);
        }

        return _inheritedSide.TryGetValue(type, out var known) ? known : _inheritedSide.GetOrAdd(type, ComputeInheritedSide(type));
    }

    private (Side? Side, SideSource Source) ComputeInheritedSide(INamedTypeSymbol type)
    {
        // A vendor's type inherits the side of the library type it derives from or implements.
        for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType == SpecialType.None; baseType = baseType.BaseType)
        {
            if (DeclaredSide(baseType.OriginalDefinition).Side is { } baseSide)
            {
                return (baseSide, new SideSource(SideSourceKind.BaseType, baseType.OriginalDefinition, null));
            }
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (FromMarkers(MarkersOf(implemented.OriginalDefinition.GetAttributes())) is { } interfaceSide)
            {
                return (interfaceSide, new SideSource(SideSourceKind.BaseType, implemented.OriginalDefinition, null));
            }
        }

        return type.ContainingType is { } container ? InheritedSide(container.OriginalDefinition) : (null, default);
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
            if (Is(attribute.AttributeClass, Identifier, "SideIdentifierAttribute") &&
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

        return ConfiguredIdentifierSide(type as INamedTypeSymbol);
    }

    /// <summary>
    /// Every distinct set of options that names identifier types. Identifier types are a property of the type,
    /// not of the file that uses it, so the keys of every file of the compilation count.
    /// </summary>
    private ImmutableArray<SideConfiguration> IdentifierConfigurations
    {
        get
        {
            if (_identifierConfigurations is { } known)
            {
                return known;
            }

            var found = ImmutableArray.CreateBuilder<SideConfiguration>();
            foreach (var tree in _compilation.SyntaxTrees)
            {
                var configuration = ConfigurationFor(tree);
                if (configuration.HasIdentifierTypes && !found.Contains(configuration))
                {
                    found.Add(configuration);
                }
            }

            _identifierConfigurations = found.ToImmutable();
            return _identifierConfigurations.Value;
        }
    }

    /// <summary>Whether some <c>.editorconfig</c> names identifier types.</summary>
    public bool HasConfiguredIdentifierTypes => !IdentifierConfigurations.IsEmpty;

    /// <summary>The side whose units a type identifies by an <c>.editorconfig</c> identifier-type key, if any.</summary>
    public Side ConfiguredIdentifierSide(INamedTypeSymbol? type)
    {
        if (type is null || IdentifierConfigurations.IsEmpty)
        {
            return Side.None;
        }

        var segments = type.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
            .Replace("global::", string.Empty).Split('<')[0].Split('.');
        foreach (var configuration in IdentifierConfigurations)
        {
            if (Matches(configuration.AdministrativeIdentifiers, segments))
            {
                return Side.Administrative;
            }

            if (Matches(configuration.LivingIdentifiers, segments))
            {
                return Side.Living;
            }
        }

        return Side.None;
    }

    private static bool Matches(ImmutableArray<NamespacePattern> patterns, string[] segments)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Matches(segments))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an attribute class is the boundary attribute <paramref name="known"/>: the same symbol, or, for the
    /// copies generated into each compilation that lacks the Domain package, a class of the same full name.
    /// </summary>
    private static bool Is(INamedTypeSymbol? attributeClass, INamedTypeSymbol? known, string name)
    {
        if (attributeClass is null)
        {
            return false;
        }

        if (known is not null && SymbolEqualityComparer.Default.Equals(attributeClass, known))
        {
            return true;
        }

        return attributeClass.Name == name && attributeClass.ContainingType is null &&
            attributeClass.ContainingNamespace is { Name: "Boundaries", ContainingNamespace: { Name: "CommunityGovernance", ContainingNamespace.IsGlobalNamespace: true } };
    }

    private bool ComputePersonalData(ISymbol symbol)
    {
        for (var current = symbol; current is not null; current = (current as IPropertySymbol)?.OverriddenProperty)
        {
            if (HasAttribute(current.GetAttributes(), PersonalData, "PersonalDataAttribute"))
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
                        return HasAttribute(parameter.GetAttributes(), PersonalData, "PersonalDataAttribute");
                    }
                }
            }
        }

        return false;
    }

    private static bool HasAttribute(ImmutableArray<AttributeData> attributes, INamedTypeSymbol? attributeType, string name)
    {
        foreach (var attribute in attributes)
        {
            if (Is(attribute.AttributeClass, attributeType, name))
            {
                return true;
            }
        }

        return false;
    }
}
