using System;
using System.Threading;
using CommunityGovernance.Analyzers.Rules;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CommunityGovernance.Analyzers.Crossings;

/// <summary>
/// Finds where code of one side names, calls, constructs, reads or writes a symbol of the other side outside a
/// sanctioned crossing, and hands each crossing to the rule that judges it: <see cref="PersonalDataRead"/> (CGB003)
/// when administrative code reads a resident's personal data, else <see cref="BoundaryCrossed"/> (CGB001).
/// </summary>
/// <remarks>
/// Every name in code that has a side, and that a symbol of the other side bears, is bound and compared with the
/// side of the code around it; the diagnostic sits on that exact name. Names inside code without a side are never
/// bound. The two rules share this one walk because they judge the same bound name: walking twice would bind
/// every candidate twice. Registered by <see cref="BoundaryAnalyzer"/>.
/// </remarks>
internal static class CrossingFinder
{
    public static void Register(CompilationStartAnalysisContext start, BoundaryContext boundary)
    {
        // Gathered on first use rather than here, so that a host that only starts the compilation pays nothing.
        var sideNames = new Lazy<SideNames>(() => SideNames.Collect(start.Compilation, boundary), LazyThreadSafetyMode.ExecutionAndPublication);
        var receivers = new ReceiverMembers(boundary);
        start.RegisterSyntaxNodeAction(c => AnalyzeName(c, boundary, sideNames, receivers), SyntaxKind.IdentifierName, SyntaxKind.GenericName);
        start.RegisterSyntaxNodeAction(c => AnalyzeImplicitCreation(c, boundary, sideNames), SyntaxKind.ImplicitObjectCreationExpression);
    }

    private static void AnalyzeName(SyntaxNodeAnalysisContext context, BoundaryContext boundary, Lazy<SideNames> sideNames, ReceiverMembers receivers)
    {
        var name = (SimpleNameSyntax)context.Node;
        if (name is IdentifierNameSyntax { IsVar: true } || name.Parent is NameEqualsSyntax)
        {
            return;
        }

        // Cheapest test first: a name no side symbol bears cannot cross, whatever it binds to.
        // A cref in a doc comment documents the other side; it neither runs nor depends on it.
        var sides = sideNames.Value.Of(name.Identifier.ValueText);
        if (sides.IsNone || name.IsPartOfStructuredTrivia())
        {
            return;
        }

        // Code of one side crosses only through a name that a symbol of the other side bears.
        var configuration = boundary.ConfigurationFor(name.SyntaxTree);
        var codeSide = CodeSide(context.ContainingSymbol, boundary, configuration);
        if (codeSide == Side.None || !sides.MayCross(codeSide, context.ContainingSymbol))
        {
            return;
        }

        // A name both sides bear, picked from a receiver whose type has no such member on the other side.
        if (receivers.CannotCross(name, sides, codeSide, context.ContainingSymbol, context.SemanticModel, configuration, context.CancellationToken))
        {
            return;
        }

        var symbol = context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol;
        if (symbol is null || symbol.Kind is SymbolKind.Local or SymbolKind.Parameter or SymbolKind.Namespace or SymbolKind.TypeParameter)
        {
            return;
        }

        var targetSide = boundary.SideOf(symbol, configuration);
        if (!BoundaryCrossed.Crosses(codeSide, targetSide))
        {
            return;
        }

        if (RecordedAccess.Encloses(name, context.SemanticModel, boundary, context.CancellationToken))
        {
            return;
        }

        if (PersonalDataRead.TryReport(context, name, codeSide, symbol, boundary))
        {
            return;
        }

        BoundaryCrossed.Report(context, name.Identifier.GetLocation(), codeSide, symbol, targetSide);
    }

    private static void AnalyzeImplicitCreation(SyntaxNodeAnalysisContext context, BoundaryContext boundary, Lazy<SideNames> sideNames)
    {
        var creation = (ImplicitObjectCreationExpressionSyntax)context.Node;
        var configuration = boundary.ConfigurationFor(creation.SyntaxTree);
        var codeSide = CodeSide(context.ContainingSymbol, boundary, configuration);
        if (codeSide == Side.None)
        {
            return;
        }

        // When the declaration names the type made, its name decides as for any other name.
        if (DeclaredType(creation) is { } declared && !sideNames.Value.Of(declared).MayCross(codeSide, context.ContainingSymbol))
        {
            return;
        }

        var constructor = context.SemanticModel.GetSymbolInfo(creation, context.CancellationToken).Symbol;
        if (constructor is null)
        {
            return;
        }

        var targetSide = boundary.SideOf(constructor, configuration);
        if (!BoundaryCrossed.Crosses(codeSide, targetSide) || RecordedAccess.Encloses(creation, context.SemanticModel, boundary, context.CancellationToken))
        {
            return;
        }

        BoundaryCrossed.Report(context, creation.NewKeyword.GetLocation(), codeSide, constructor, targetSide);
    }

    /// <summary>The side of the code a name appears in; only the two sides themselves are checked.</summary>
    private static Side CodeSide(ISymbol? container, BoundaryContext boundary, SideConfiguration configuration)
    {
        // Using directives and namespace declarations belong to no member; the uses below them are checked.
        if (container is null or INamespaceSymbol)
        {
            return Side.None;
        }

        var side = boundary.SideOf(container, configuration);
        return side is Side.Administrative or Side.Living ? side : Side.None;
    }

    /// <summary>
    /// The name of the type a target-typed <c>new()</c> makes when a declaration states it
    /// (<c>List&lt;GridTask&gt; open = new();</c>, a field, a property, an expression-bodied member's return type),
    /// or null when only binding can tell.
    /// </summary>
    private static string? DeclaredType(ImplicitObjectCreationExpressionSyntax creation)
    {
        TypeSyntax? type = creation.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } => declaration.Type,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
            ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
            // An async method's `new()` makes the T of its Task<T>, not the task: bind it.
            ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax method } => method.Modifiers.Any(SyntaxKind.AsyncKeyword) ? null : method.ReturnType,
            _ => null,
        };
        while (type is NullableTypeSyntax nullable)
        {
            type = nullable.ElementType;
        }

        // `Nullable<T> x = new()` makes a T; any type spelled Nullable<…> is bound rather than judged by name.
        if (type is GenericNameSyntax { Identifier.ValueText: "Nullable" } or QualifiedNameSyntax { Right: GenericNameSyntax { Identifier.ValueText: "Nullable" } }
            or AliasQualifiedNameSyntax { Name: GenericNameSyntax { Identifier.ValueText: "Nullable" } })
        {
            return null;
        }

        return type switch
        {
            IdentifierNameSyntax { IsVar: true } => null,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            PredefinedTypeSyntax => string.Empty,
            _ => null,
        };
    }
}
