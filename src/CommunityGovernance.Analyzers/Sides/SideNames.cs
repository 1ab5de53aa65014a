using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CommunityGovernance.Analyzers.Sides;

/// <summary>
/// Every simple name that can denote a symbol on one of the two sides, gathered once per compilation, so that the
/// boundary analyzer binds only the names that could cross: the overwhelming majority of names in any program
/// (locals, framework members) are dismissed by one set lookup.
/// </summary>
/// <remarks>
/// The names come from the compilation's own types, from referenced assemblies that know the boundary attributes
/// (they reference the assembly that declares them, or are it), from the types of namespaces that a configured
/// pattern places on a side, and from every <c>using</c> alias (an alias can name anything).
/// </remarks>
internal static class SideNames
{
    public static HashSet<string> Collect(Compilation compilation, BoundaryContext boundary)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var attributeAssembly = boundary.Administrative?.ContainingAssembly ?? boundary.Living?.ContainingAssembly;

        AddTypesWithSide(compilation.Assembly.GlobalNamespace, boundary, names);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (attributeAssembly is not null && KnowsBoundaries(assembly, attributeAssembly))
            {
                AddTypesWithSide(assembly.GlobalNamespace, boundary, names);
            }
        }

        var configurations = new HashSet<SideConfiguration>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var configuration = boundary.ConfigurationFor(tree);
            if (!configuration.IsEmpty)
            {
                configurations.Add(configuration);
            }

            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                AddAliases(unit.Usings, names);
                foreach (var member in unit.Members)
                {
                    if (member is BaseNamespaceDeclarationSyntax ns)
                    {
                        AddAliases(ns.Usings, names);
                    }
                }
            }
        }

        if (configurations.Count > 0)
        {
            AddPatternNamespaces(compilation.GlobalNamespace, configurations, names);
        }

        return names;
    }

    /// <summary>The names of every <c>[SideIdentifier]</c> type, and every alias (which could name one).</summary>
    public static HashSet<string> CollectIdentifierTypes(Compilation compilation, BoundaryContext boundary)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var attributeAssembly = boundary.Identifier?.ContainingAssembly;
        AddIdentifierTypes(compilation.Assembly.GlobalNamespace, boundary, names);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (attributeAssembly is not null && KnowsBoundaries(assembly, attributeAssembly))
            {
                AddIdentifierTypes(assembly.GlobalNamespace, boundary, names);
            }
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                AddAliases(unit.Usings, names);
                foreach (var member in unit.Members)
                {
                    if (member is BaseNamespaceDeclarationSyntax ns)
                    {
                        AddAliases(ns.Usings, names);
                    }
                }
            }
        }

        return names;
    }

    private static void AddIdentifierTypes(INamespaceSymbol ns, BoundaryContext boundary, HashSet<string> names)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                AddIdentifierTypes(inner, boundary, names);
            }
            else if (member is INamedTypeSymbol type && boundary.IdentifierSideOf(type) != Side.None)
            {
                names.Add(type.Name);
            }
        }
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

    private static void AddTypesWithSide(INamespaceSymbol ns, BoundaryContext boundary, HashSet<string> names)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                AddTypesWithSide(inner, boundary, names);
            }
            else if (member is INamedTypeSymbol type)
            {
                AddTypeWithSide(type, boundary, names);
            }
        }
    }

    private static void AddTypeWithSide(INamedTypeSymbol type, BoundaryContext boundary, HashSet<string> names)
    {
        // Attributes and inheritance alone, for the type and each member: a member may be on a side in a type
        // that is not.
        if (boundary.HasAttributeSide(type))
        {
            AddTypeAndMembers(type, names);
        }
        else
        {
            foreach (var member in type.GetMembers())
            {
                if (member is INamedTypeSymbol nested)
                {
                    AddTypeWithSide(nested, boundary, names);
                }
                else if (boundary.HasAttributeSide(member))
                {
                    names.Add(member.Name);
                }
            }
        }
    }

    private static void AddTypeAndMembers(INamedTypeSymbol type, HashSet<string> names)
    {
        names.Add(type.Name);

        // [LivingNote] names LivingNoteAttribute.
        if (type.Name.Length > "Attribute".Length && type.Name.EndsWith("Attribute", StringComparison.Ordinal))
        {
            names.Add(type.Name.Substring(0, type.Name.Length - "Attribute".Length));
        }

        foreach (var member in type.GetMembers())
        {
            if (member is INamedTypeSymbol nested)
            {
                AddTypeAndMembers(nested, names);
            }
            else
            {
                names.Add(member.Name);
            }
        }
    }

    private static void AddPatternNamespaces(INamespaceSymbol ns, HashSet<SideConfiguration> configurations, HashSet<string> names)
    {
        foreach (var inner in ns.GetNamespaceMembers())
        {
            var onSide = false;
            foreach (var configuration in configurations)
            {
                if (configuration.SideOf(inner) != Side.None)
                {
                    onSide = true;
                    break;
                }
            }

            if (onSide)
            {
                foreach (var type in inner.GetTypeMembers())
                {
                    AddTypeAndMembers(type, names);
                }
            }

            AddPatternNamespaces(inner, configurations, names);
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
}
