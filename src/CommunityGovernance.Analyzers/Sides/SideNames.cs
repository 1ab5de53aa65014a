using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CommunityGovernance.Analyzers.Sides;

/// <summary>
/// Which sides the symbols that bear a simple name are on, worked out once per name and compilation, so that the
/// boundary analyzer binds only the names that could cross: code of one side can only cross through a name that
/// some symbol of the other side bears, and the overwhelming majority of names in any program (locals, framework
/// members, a side's own vocabulary) are dismissed by one dictionary lookup.
/// </summary>
/// <remarks>
/// The symbols of a name are looked up where they can have a side: the compilation's own declarations, the
/// referenced assemblies that know the boundary attributes (they reference the assembly that declares them, or
/// are it), and the types of namespaces that a configured pattern places on a side. A symbol counts for the side
/// its attributes give it, else for the side the patterns give its type's namespace under each file's settings (so
/// a namespace two files see on different sides counts for both). A constructor is named by its type
/// (<c>new Resident()</c>, and <c>[GridAudit]</c> for <c>GridAuditAttribute</c>). Every <c>using</c> alias counts
/// for both sides, since an alias can name anything. A private member (or a member of a private type) can only be
/// named inside its outermost type, so it counts only for code there.
/// </remarks>
internal sealed class SideNames
{
    private const string AttributeSuffix = "Attribute";

    private readonly BoundaryContext _boundary;
    private readonly List<SideConfiguration> _configurations;
    private readonly HashSet<string> _aliases;
    private readonly Dictionary<string, List<INamedTypeSymbol>> _typesByName;
    private readonly ConcurrentDictionary<string, NameSides> _sidesOfName = new(StringComparer.Ordinal);

    private SideNames(BoundaryContext boundary, List<SideConfiguration> configurations, HashSet<string> aliases, Dictionary<string, List<INamedTypeSymbol>> typesByName)
    {
        _boundary = boundary;
        _configurations = configurations;
        _aliases = aliases;
        _typesByName = typesByName;
    }

    /// <summary>The sides of the symbols that bear <paramref name="name"/>.</summary>
    public NameSides Of(string name) =>
        _sidesOfName.TryGetValue(name, out var known) ? known : _sidesOfName.GetOrAdd(name, Compute(name));

    /// <summary>
    /// Reads what is cheap up front: every file's namespace patterns, every alias, and an index from each name to
    /// the types that bear it or declare a member that does (the compilation's own, those of assemblies that know
    /// the boundary attributes, and those in pattern namespaces), read from their member names alone.
    /// </summary>
    public static SideNames Collect(Compilation compilation, BoundaryContext boundary)
    {
        var configurations = new List<SideConfiguration>();
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var configuration = boundary.ConfigurationFor(tree);
            if (!configuration.IsEmpty && !configurations.Contains(configuration))
            {
                configurations.Add(configuration);
            }

            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                AddAliases(unit, aliases);
            }
        }

        var typesByName = new Dictionary<string, List<INamedTypeSymbol>>(StringComparer.Ordinal);
        var knowing = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default) { compilation.Assembly };
        IndexTypes(compilation.Assembly.GlobalNamespace, typesByName);
        var attributeAssembly = boundary.Administrative?.ContainingAssembly ?? boundary.Living?.ContainingAssembly;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (attributeAssembly is not null && KnowsBoundaries(assembly, attributeAssembly))
            {
                knowing.Add(assembly);
                IndexTypes(assembly.GlobalNamespace, typesByName);
            }
        }

        if (configurations.Count > 0)
        {
            IndexPatternNamespaces(compilation.GlobalNamespace, [], configurations, knowing, typesByName);
        }

        return new SideNames(boundary, configurations, aliases, typesByName);
    }

    /// <summary>The names of every <c>[SideIdentifier]</c> type, and every alias (which could name one).</summary>
    public static IdentifierTypes CollectIdentifierTypes(Compilation compilation, BoundaryContext boundary)
    {
        var types = new IdentifierTypes();
        var attributeAssembly = boundary.Identifier?.ContainingAssembly;
        var configured = boundary.HasConfiguredIdentifierTypes;
        AddIdentifierTypes(compilation.Assembly.GlobalNamespace, boundary, types, configured);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (configured || (attributeAssembly is not null && KnowsBoundaries(assembly, attributeAssembly)))
            {
                AddIdentifierTypes(assembly.GlobalNamespace, boundary, types, configured);
            }
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                AddAliases(unit, types.Names);
            }
        }

        return types;
    }

    private NameSides Compute(string name)
    {
        // An alias can name anything; `[Note]` may use the alias `NoteAttribute`.
        if (_aliases.Contains(name) || _aliases.Contains(name + AttributeSuffix))
        {
            return NameSides.Both;
        }

        var sides = new NameSides();
        var attributeName = name + AttributeSuffix;
        AddTypes(name, name, sides);
        AddTypes(attributeName, name, sides);
        return sides.IsNone ? NameSides.None : sides;
    }

    private void AddTypes(string indexName, string name, NameSides sides)
    {
        if (!_typesByName.TryGetValue(indexName, out var types))
        {
            return;
        }

        foreach (var type in types)
        {
            if (type.Name == indexName)
            {
                Add(type, sides);
            }

            if (indexName == name)
            {
                foreach (var member in type.GetMembers(name))
                {
                    if (member is not INamedTypeSymbol)
                    {
                        Add(member, sides);
                        AddCarried(member, sides);
                    }
                }
            }
        }
    }

    private void Add(ISymbol symbol, NameSides sides)
    {
        AddOne(symbol, sides);

        // new Resident(), [GridAudit]: a constructor is named by its type.
        if (symbol is INamedTypeSymbol type)
        {
            foreach (var constructor in type.InstanceConstructors)
            {
                AddOne(constructor, sides);
            }

            foreach (var constructor in type.StaticConstructors)
            {
                AddOne(constructor, sides);
            }
        }
    }

    /// <summary>The sides whose types a member's signature holds (its type, return type, parameter types).</summary>
    private void AddCarried(ISymbol member, NameSides sides)
    {
        switch (member)
        {
            case IFieldSymbol field:
                AddCarried(field.Type, member, sides, 0);
                break;
            case IPropertySymbol property:
                AddCarried(property.Type, member, sides, 0);
                break;
            case IEventSymbol @event:
                AddCarried(@event.Type, member, sides, 0);
                break;
            case IMethodSymbol method:
                AddCarried(method.ReturnType, member, sides, 0);
                foreach (var parameter in method.Parameters)
                {
                    AddCarried(parameter.Type, member, sides, 0);
                }

                break;
        }
    }

    private void AddCarried(ITypeSymbol type, ISymbol bearer, NameSides sides, int depth)
    {
        if (depth > 4)
        {
            return;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                AddCarried(array.ElementType, bearer, sides, depth + 1);
                return;
            case INamedTypeSymbol named when named.SpecialType == SpecialType.None:
                var fixedSide = _boundary.FixedSideOf(named);
                if (fixedSide.HasValue)
                {
                    sides.AddCarried(fixedSide.Value, bearer);
                }
                else
                {
                    sides.AddCarried(_boundary.SideOf(named, SideConfiguration.Empty), bearer);
                    foreach (var configuration in _configurations)
                    {
                        sides.AddCarried(_boundary.SideOf(named, configuration), bearer);
                    }
                }

                foreach (var argument in named.TypeArguments)
                {
                    AddCarried(argument, bearer, sides, depth + 1);
                }

                return;
        }
    }

    private void AddOne(ISymbol symbol, NameSides sides)
    {
        var fixedSide = _boundary.FixedSideOf(symbol);
        if (fixedSide.HasValue)
        {
            sides.Add(symbol, fixedSide.Value);
            return;
        }

        // The patterns of each set of file settings, else a side inherited from a base type.
        sides.Add(symbol, _boundary.SideOf(symbol, SideConfiguration.Empty));
        foreach (var configuration in _configurations)
        {
            sides.Add(symbol, _boundary.SideOf(symbol, configuration));
        }
    }

    private static void AddIdentifierTypes(INamespaceSymbol ns, BoundaryContext boundary, IdentifierTypes types, bool configured)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                AddIdentifierTypes(inner, boundary, types, configured);
            }
            else if (member is INamedTypeSymbol type && (configured || MayHaveAttributes(type)) && boundary.IdentifierSideOf(type) != Side.None)
            {
                types.Add(type);
            }
        }
    }

    /// <summary>Whether a type may carry an attribute: one declared in source without attribute lists does not.</summary>
    private static bool MayHaveAttributes(INamedTypeSymbol type)
    {
        var references = type.DeclaringSyntaxReferences;
        if (references.IsEmpty)
        {
            return true;
        }

        foreach (var reference in references)
        {
            if (reference.GetSyntax() is not MemberDeclarationSyntax { AttributeLists.Count: 0 })
            {
                return true;
            }
        }

        return false;
    }

    private static bool KnowsBoundaries(IAssemblySymbol assembly, IAssemblySymbol attributeAssembly)
    {
        if (SymbolEqualityComparer.Default.Equals(assembly, attributeAssembly))
        {
            return true;
        }

        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblies)
            {
                if (referenced.Name == attributeAssembly.Identity.Name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The aliases of a file's <c>using</c> directives, global or not, at any namespace depth.</summary>
    private static void AddAliases(CompilationUnitSyntax unit, HashSet<string> names)
    {
        AddAliases(unit.Usings, names);
        AddAliases(unit.Members, names);
    }

    private static void AddAliases(SyntaxList<MemberDeclarationSyntax> members, HashSet<string> names)
    {
        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                AddAliases(ns.Usings, names);
                AddAliases(ns.Members, names);
            }
        }
    }

    private static void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, HashSet<string> names)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { } alias)
            {
                names.Add(alias.Name.Identifier.ValueText);
            }
        }
    }

    private static void IndexTypes(INamespaceSymbol ns, Dictionary<string, List<INamedTypeSymbol>> index)
    {
        foreach (var inner in ns.GetNamespaceMembers())
        {
            IndexTypes(inner, index);
        }

        foreach (var type in ns.GetTypeMembers())
        {
            IndexType(type, index);
        }
    }

    private static void IndexType(INamedTypeSymbol type, Dictionary<string, List<INamedTypeSymbol>> index)
    {
        Index(type.Name, type, index);

        // A delegate declared in source lists no member names, though Invoke and its async pair are members.
        var memberNames = type.TypeKind == TypeKind.Delegate ? type.GetMembers().Select(m => m.Name) : type.MemberNames;
        foreach (var memberName in memberNames)
        {
            Index(memberName, type, index);
        }

        foreach (var nested in type.GetTypeMembers())
        {
            IndexType(nested, index);
        }
    }

    private static void Index(string name, INamedTypeSymbol type, Dictionary<string, List<INamedTypeSymbol>> index)
    {
        if (!index.TryGetValue(name, out var types))
        {
            types = [];
            index.Add(name, types);
        }

        if (types.Count == 0 || !ReferenceEquals(types[types.Count - 1], type))
        {
            types.Add(type);
        }
    }

    /// <summary>
    /// Indexes the metadata types of every namespace some pattern places on a side, descending only into
    /// namespaces a pattern could still match, so that the framework's namespaces are passed over at the top.
    /// </summary>
    private static void IndexPatternNamespaces(
        INamespaceSymbol ns,
        List<string> segments,
        List<SideConfiguration> configurations,
        HashSet<IAssemblySymbol> knowing,
        Dictionary<string, List<INamedTypeSymbol>> index)
    {
        foreach (var inner in ns.GetNamespaceMembers())
        {
            segments.Add(inner.Name);
            var prefix = segments.ToArray();
            var mayMatchBelow = false;
            var onSide = false;
            foreach (var configuration in configurations)
            {
                mayMatchBelow |= configuration.MayMatchWithin(prefix);
                onSide |= configuration.SideOf(inner) != Side.None;
            }

            if (onSide)
            {
                foreach (var type in inner.GetTypeMembers())
                {
                    // The compilation's own types and those of known assemblies are indexed already.
                    if (type.ContainingAssembly is { } assembly && !knowing.Contains(assembly))
                    {
                        IndexType(type, index);
                    }
                }
            }

            if (mayMatchBelow)
            {
                IndexPatternNamespaces(inner, segments, configurations, knowing, index);
            }

            segments.RemoveAt(segments.Count - 1);
        }
    }
}

/// <summary>
/// The sides the symbols bearing one name are on: which sides can be named from anywhere, and, for private
/// symbols, the outermost types inside which they can be named.
/// </summary>
internal sealed class NameSides
{
    public static readonly NameSides None = new();

    public static readonly NameSides Both = new()
    {
        _administrative = true,
        _living = true,
        _administrativeMayExtend = true,
        _livingMayExtend = true,
        _carriesAdministrative = true,
        _carriesLiving = true,
    };

    private bool _administrative;
    private bool _living;
    private bool _administrativeMayExtend;
    private bool _livingMayExtend;
    private bool _carriesAdministrative;
    private bool _carriesLiving;
    private HashSet<INamedTypeSymbol>? _privateAdministrative;
    private HashSet<INamedTypeSymbol>? _privateLiving;
    private HashSet<INamedTypeSymbol>? _privateCarriesAdministrative;
    private HashSet<INamedTypeSymbol>? _privateCarriesLiving;

    /// <summary>Whether no symbol of either side bears the name.</summary>
    public bool IsNone => !HasSides && !_carriesAdministrative && !_carriesLiving && _privateCarriesAdministrative is null && _privateCarriesLiving is null;

    /// <summary>Whether some symbol of either side bears the name (not merely hands out a side's values).</summary>
    public bool HasSides => _administrative || _living || _privateAdministrative is not null || _privateLiving is not null;

    /// <summary>
    /// Whether, for code of <paramref name="codeSide"/> declared in <paramref name="codeContainer"/>, a symbol
    /// bearing the name could hand it a value of the other side: it is one of the other side's types, or its type,
    /// return type or a parameter type holds one (<c>Handover.ResidentFor</c>, a field of type
    /// <c>List&lt;Resident&gt;</c>). A private one counts only inside its outermost type, as for <see cref="MayCross"/>.
    /// </summary>
    public bool Carries(Side codeSide, ISymbol? codeContainer)
    {
        var (other, privateOther) = codeSide == Side.Administrative
            ? (_carriesLiving, _privateCarriesLiving)
            : (_carriesAdministrative, _privateCarriesAdministrative);
        return other ||
            (privateOther is not null && BoundaryContext.OutermostType(codeContainer) is { } outermost && privateOther.Contains(outermost.OriginalDefinition));
    }

    /// <summary>
    /// Records that <paramref name="bearer"/>, a symbol bearing the name, holds a value of <paramref name="side"/>'s
    /// types; a private bearer (<c>private List&lt;Resident&gt; _open</c>) only for code inside its outermost type.
    /// </summary>
    public void AddCarried(Side side, ISymbol bearer)
    {
        if (side is not (Side.Administrative or Side.Living))
        {
            return;
        }

        if (IsPrivate(bearer))
        {
            ref var owners = ref side == Side.Administrative ? ref _privateCarriesAdministrative : ref _privateCarriesLiving;
            owners ??= new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            owners.Add(BoundaryContext.OutermostType(bearer)!.OriginalDefinition);
        }
        else if (side == Side.Administrative)
        {
            _carriesAdministrative = true;
        }
        else
        {
            _carriesLiving = true;
        }
    }

    /// <summary>
    /// Whether, in code of <paramref name="codeSide"/> declared in <paramref name="codeContainer"/>, the name
    /// could denote a symbol of the other side.
    /// </summary>
    public bool MayCross(Side codeSide, ISymbol? codeContainer)
    {
        var (other, privateOther) = codeSide == Side.Administrative ? (_living, _privateLiving) : (_administrative, _privateAdministrative);
        return other ||
            (privateOther is not null && BoundaryContext.OutermostType(codeContainer) is { } outermost && privateOther.Contains(outermost.OriginalDefinition));
    }

    /// <summary>
    /// Whether, for code of <paramref name="codeSide"/>, some symbol of the other side bearing the name could be an
    /// extension member, which a member access can pick whatever its receiver's type: an extension method, or a
    /// member of a type nested in a static class (where C# 14 declares extension blocks).
    /// </summary>
    public bool OtherMayExtend(Side codeSide) => codeSide == Side.Administrative ? _livingMayExtend : _administrativeMayExtend;

    public void Add(ISymbol symbol, Side side)
    {
        if (side is not (Side.Administrative or Side.Living))
        {
            return;
        }

        // Naming one of the side's types (a declaration, a creation, a cast) hands code a value of it.
        if (symbol is INamedTypeSymbol)
        {
            AddCarried(side, symbol);
        }

        if (symbol is IMethodSymbol { IsExtensionMethod: true } || symbol.ContainingType?.ContainingType is { IsStatic: true })
        {
            if (side == Side.Administrative)
            {
                _administrativeMayExtend = true;
            }
            else
            {
                _livingMayExtend = true;
            }
        }

        if (!IsPrivate(symbol))
        {
            if (side == Side.Administrative)
            {
                _administrative = true;
            }
            else
            {
                _living = true;
            }

            return;
        }

        ref var owners = ref side == Side.Administrative ? ref _privateAdministrative : ref _privateLiving;
        owners ??= new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        owners.Add(BoundaryContext.OutermostType(symbol)!.OriginalDefinition);
    }

    /// <summary>
    /// Whether the symbol, or a type it is nested in, is private: it can then only be named inside its outermost
    /// type. A constructor counts with its type, which can be named wherever the type can.
    /// </summary>
    private static bool IsPrivate(ISymbol symbol)
    {
        var current = symbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } ? symbol.ContainingType : symbol;
        for (; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility == Accessibility.Private)
            {
                return current.ContainingType is not null;
            }
        }

        return false;
    }
}
