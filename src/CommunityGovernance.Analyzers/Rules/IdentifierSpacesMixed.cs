using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CommunityGovernance.Analyzers.Identifiers;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CommunityGovernance.Analyzers.Rules;

/// <summary>
/// CGB002, identifier spaces mixed: a comparison, conversion, construction or collection lookup that mixes an
/// administrative-community identifier with a living-community identifier, directly or through the values
/// read from them (<see cref="IdentifierOrigin"/>); lookups are gathered per type by <see cref="CollectionKeys"/>.
/// Registered by <see cref="BoundaryAnalyzer"/>.
/// </summary>
internal static class IdentifierSpacesMixed
{
    public static void Register(CompilationStartAnalysisContext start, BoundaryContext boundary)
    {
        if (boundary.Identifier is null && !boundary.HasConfiguredIdentifierTypes)
        {
            return;
        }

        // Syntax first, operations only for the few nodes that could mix: building the operation tree of every
        // method body would cost more than all the checks together.
        var identifierTypes = new Lazy<IdentifierTypes>(() => SideNames.CollectIdentifierTypes(start.Compilation, boundary), LazyThreadSafetyMode.ExecutionAndPublication);
        start.RegisterSyntaxNodeAction(
            c => AnalyzeNode(c, boundary, identifierTypes),
            SyntaxKind.EqualsExpression, SyntaxKind.NotEqualsExpression, SyntaxKind.LessThanExpression, SyntaxKind.LessThanOrEqualExpression,
            SyntaxKind.GreaterThanExpression, SyntaxKind.GreaterThanOrEqualExpression, SyntaxKind.InvocationExpression,
            SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.CastExpression,
            SyntaxKind.AsExpression, SyntaxKind.IsExpression, SyntaxKind.IsPatternExpression, SyntaxKind.SwitchExpression, SyntaxKind.SwitchStatement);
        var foreign = new ForeignCollections(start.Compilation);
        start.RegisterSymbolStartAction(
            symbolStart =>
            {
                var keys = new CollectionKeys(boundary, (INamedTypeSymbol)symbolStart.Symbol, foreign);
                symbolStart.RegisterSyntaxNodeAction(keys.Record, CollectionKeys.Kinds);
                symbolStart.RegisterSymbolEndAction(end => keys.ReportMixedLookups(
                    (location, added) => end.ReportDiagnostic(Mixed(location, "MixLookup", added)),
                    end.CancellationToken));
            },
            SymbolKind.NamedType);
    }

    private static void AnalyzeNode(SyntaxNodeAnalysisContext context, BoundaryContext boundary, Lazy<IdentifierTypes> identifierTypes)
    {
        var node = context.Node;
        if (!MayMix(node, identifierTypes.Value))
        {
            return;
        }

        var operation = context.SemanticModel.GetOperation(node, context.CancellationToken);
        Action<Diagnostic> report = context.ReportDiagnostic;
        switch (operation)
        {
            case ITupleBinaryOperation:
                AnalyzeTupleBinary(operation, report, boundary);
                break;
            case ISwitchExpressionOperation or ISwitchOperation:
                AnalyzeSwitch(operation, report, boundary);
                break;
            case IBinaryOperation:
                AnalyzeBinary(operation, report, boundary);
                break;
            case IInvocationOperation:
                AnalyzeInvocation(operation, report, boundary);
                break;
            case IObjectCreationOperation:
                AnalyzeCreation(operation, report, boundary);
                break;
            case IConversionOperation:
                AnalyzeConversion(operation, report, boundary);
                break;
            case IIsPatternOperation:
                AnalyzeIsPattern(operation, report, boundary);
                break;
            case IIsTypeOperation:
                AnalyzeIsType(operation, report, boundary);
                break;
        }
    }

    /// <summary>
    /// Whether a node could mix the identifier spaces, judged from its text: comparisons unless one side is a
    /// literal (which no identifier type converts from); calls only by their method's name or when made on an
    /// identifier type; creations only with arguments, and when they name a type, an identifier type; casts and
    /// type tests only when they name an identifier type.
    /// </summary>
    private static bool MayMix(SyntaxNode node, IdentifierTypes identifierTypes)
    {
        var identifierNames = identifierTypes.Names;
        switch (node)
        {
            case BinaryExpressionSyntax { RawKind: not (int)SyntaxKind.IsExpression and not (int)SyntaxKind.AsExpression } comparison:
                return identifierTypes.ConvertImplicitly || !(IsLiteral(comparison.Left) || IsLiteral(comparison.Right));
            case InvocationExpressionSyntax invocation:
                var (receiver, name) = invocation.Expression switch
                {
                    MemberAccessExpressionSyntax access => (access.Expression, access.Name.Identifier.ValueText),
                    SimpleNameSyntax simple => ((ExpressionSyntax?)null, simple.Identifier.ValueText),
                    _ => (null, string.Empty),
                };
                return IsComparisonName(name) || (receiver is not null && identifierNames.Contains(RightmostName(receiver)));
            case ImplicitObjectCreationExpressionSyntax implicitCreation:
                // Only the arguments of a creation are checked; new() { ... } has none.
                return implicitCreation.ArgumentList.Arguments.Count > 0;
            case ObjectCreationExpressionSyntax creation:
                return identifierNames.Contains(RightmostName(creation.Type));
            case CastExpressionSyntax cast:
                return identifierNames.Contains(RightmostName(cast.Type));
            case BinaryExpressionSyntax typeTest:
                return identifierNames.Contains(RightmostName(typeTest.Right));
            case SwitchExpressionSyntax or SwitchStatementSyntax:
                // Only a switch whose arms name an identifier type can convert to one.
                foreach (var descendant in node.DescendantNodes(n => n is not BlockSyntax and not StatementSyntax || n == node))
                {
                    if (descendant is SimpleNameSyntax simple && descendant.Parent is PatternSyntax or QualifiedNameSyntax or CaseSwitchLabelSyntax && identifierNames.Contains(simple.Identifier.ValueText))
                    {
                        return true;
                    }
                }

                return false;
            case IsPatternExpressionSyntax isPattern:
                foreach (var descendant in isPattern.Pattern.DescendantNodesAndSelf())
                {
                    if (descendant is SimpleNameSyntax simple && identifierNames.Contains(simple.Identifier.ValueText))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>A number, string, character or Boolean literal, possibly in parentheses.</summary>
    private static bool IsLiteral(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression.Kind() is SyntaxKind.NumericLiteralExpression or SyntaxKind.StringLiteralExpression or
            SyntaxKind.CharacterLiteralExpression or SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression;
    }

    private static string RightmostName(SyntaxNode type) => type switch
    {
        NullableTypeSyntax nullable => RightmostName(nullable.ElementType),
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };

    private static void AnalyzeBinary(IOperation operation, Action<Diagnostic> report, BoundaryContext boundary)
    {
        var binary = (IBinaryOperation)operation;
        if (binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or
            BinaryOperatorKind.ObjectValueEquals or BinaryOperatorKind.ObjectValueNotEquals or
            BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or
            BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual)
        {
            ReportIfMixed(operation, report, IdentifierOrigin.Of(binary.LeftOperand, boundary), IdentifierOrigin.Of(binary.RightOperand, boundary), "MixComparison");
        }
    }

    /// <summary>Calls that compare two values: equality and order, and the string tests of one text against another.</summary>
    private static bool IsComparisonName(string name) =>
        name is "Equals" or "CompareTo" or "Compare" or "CompareOrdinal" or "ReferenceEquals" or
            "StartsWith" or "EndsWith" or "Contains" or "IndexOf" or "LastIndexOf";

    private static void AnalyzeInvocation(IOperation operation, Action<Diagnostic> report, BoundaryContext boundary)
    {
        var invocation = (IInvocationOperation)operation;
        var method = invocation.TargetMethod;
        var arguments = invocation.Arguments;
        if (IsComparisonName(method.Name))
        {
            // string.Equals(a, b, ...), object.Equals(a, b), comparer.Equals(a, b), comparer.Compare(a, b): the first two
            // arguments are the two values when the method takes two of one type.
            var parameters = method.Parameters;
            var isStringTest = method.Name is "StartsWith" or "EndsWith" or "Contains" or "IndexOf" or "LastIndexOf";
            if (isStringTest && invocation.Instance?.Type?.SpecialType != SpecialType.System_String)
            {
                // A collection's Contains or IndexOf is a lookup: CollectionKeys follows it.
                return;
            }

            if (!isStringTest && arguments.Length >= 2 && parameters.Length >= 2 && SymbolEqualityComparer.Default.Equals(parameters[0].Type, parameters[1].Type))
            {
                ReportIfMixed(operation, report, IdentifierOrigin.Of(Argument(arguments, parameters[0]), boundary), IdentifierOrigin.Of(Argument(arguments, parameters[1]), boundary), "MixComparison");
            }
            else if (invocation.Instance is { } instance && arguments.Length >= 1)
            {
                ReportIfMixed(operation, report, IdentifierOrigin.Of(instance, boundary), IdentifierOrigin.Of(Argument(arguments, parameters[0]), boundary), "MixComparison");
            }
            else if (method.IsExtensionMethod && arguments.Length >= 2)
            {
                ReportIfMixed(operation, report, IdentifierOrigin.Of(arguments[0].Value, boundary), IdentifierOrigin.Of(arguments[1].Value, boundary), "MixComparison");
            }

            return;
        }

        // A static factory of one identifier type (Parse, From...) fed from the other identifier.
        if (method.IsStatic)
        {
            var made = boundary.IdentifierSideOf(method.ContainingType);
            if (made != Side.None)
            {
                ReportIfAnyArgumentFrom(operation, report, arguments, made, boundary, "MixConstruction");
            }
        }
    }

    /// <summary>The argument given for a parameter (arguments may be named, so their order is not the parameters').</summary>
    private static IOperation? Argument(ImmutableArray<IArgumentOperation> arguments, IParameterSymbol parameter)
    {
        foreach (var argument in arguments)
        {
            if (SymbolEqualityComparer.Default.Equals(argument.Parameter, parameter))
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary><c>(admin, 1) == (living, 1)</c>: the elements are compared pairwise.</summary>
    private static void AnalyzeTupleBinary(IOperation operation, Action<Diagnostic> report, BoundaryContext boundary)
    {
        var tuple = (ITupleBinaryOperation)operation;
        if (Elements(tuple.LeftOperand) is not { } left || Elements(tuple.RightOperand) is not { } right || left.Length != right.Length)
        {
            return;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (ReportIfMixed(operation, report, IdentifierOrigin.Of(left[i], boundary), IdentifierOrigin.Of(right[i], boundary), "MixComparison"))
            {
                return;
            }
        }
    }

    private static ImmutableArray<IOperation>? Elements(IOperation operand)
    {
        while (operand is IConversionOperation conversion)
        {
            operand = conversion.Operand;
        }

        return operand is ITupleOperation tuple ? tuple.Elements : null;
    }

    /// <summary>A switch over one identifier (or a value read from it) with an arm that matches the other identifier's type.</summary>
    private static void AnalyzeSwitch(IOperation operation, Action<Diagnostic> report, BoundaryContext boundary)
    {
        var (value, patterns) = operation switch
        {
            ISwitchExpressionOperation expression => (expression.Value, expression.Arms.Select(a => a.Pattern)),
            ISwitchOperation statement => (statement.Value, statement.Cases.SelectMany(c => c.Clauses).OfType<IPatternCaseClauseOperation>().Select(c => c.Pattern)),
            _ => (null!, Enumerable.Empty<IPatternOperation>()),
        };
        var origin = IdentifierOrigin.Of(value, boundary);
        if (origin == Side.None)
        {
            return;
        }

        foreach (var pattern in patterns)
        {
            var matched = pattern switch
            {
                IDeclarationPatternOperation declaration => declaration.MatchedType,
                ITypePatternOperation type => type.MatchedType,
                IRecursivePatternOperation recursive => recursive.MatchedType,
                _ => null,
            };
            var side = boundary.IdentifierSideOf(matched);
            if (side != Side.None && side != origin)
            {
                report(Mixed(pattern.Syntax.GetLocation(), "MixConversion"));
            }
        }
    }

    private static void AnalyzeCreation(IOperation operation, Action<Diagnostic> report, BoundaryContext boundary)
    {
        var creation = (IObjectCreationOperation)operation;
        var made = boundary.IdentifierSideOf(creation.Type);
        if (made != Side.None)
        {
            ReportIfAnyArgumentFrom(operation, report, creation.Arguments, made, boundary, "MixConstruction");
        }
    }

    private static void AnalyzeConversion(IOperation operation, Action<Diagnostic> report, BoundaryContext boundary)
    {
        var conversion = (IConversionOperation)operation;
        var target = boundary.IdentifierSideOf(conversion.Type);
        if (target != Side.None)
        {
            ReportIfMixed(operation, report, target, IdentifierOrigin.Of(conversion.Operand, boundary), "MixConversion");
        }
    }

    private static void AnalyzeIsPattern(IOperation operation, Action<Diagnostic> report, BoundaryContext boundary)
    {
        var isPattern = (IIsPatternOperation)operation;
        var matched = isPattern.Pattern switch
        {
            IDeclarationPatternOperation declaration => declaration.MatchedType,
            ITypePatternOperation type => type.MatchedType,
            IRecursivePatternOperation recursive => recursive.MatchedType,
            _ => null,
        };
        ReportIfMixed(operation, report, boundary.IdentifierSideOf(matched), IdentifierOrigin.Of(isPattern.Value, boundary), "MixConversion");
    }

    private static void AnalyzeIsType(IOperation operation, Action<Diagnostic> report, BoundaryContext boundary)
    {
        var isType = (IIsTypeOperation)operation;
        ReportIfMixed(operation, report, boundary.IdentifierSideOf(isType.TypeOperand), IdentifierOrigin.Of(isType.ValueOperand, boundary), "MixConversion");
    }

    private static void ReportIfAnyArgumentFrom(IOperation operation, Action<Diagnostic> report, ImmutableArray<IArgumentOperation> arguments, Side made, BoundaryContext boundary, string kind)
    {
        foreach (var argument in arguments)
        {
            if (ReportIfMixed(operation, report, made, IdentifierOrigin.Of(argument.Value, boundary), kind))
            {
                return;
            }
        }
    }

    private static bool ReportIfMixed(IOperation operation, Action<Diagnostic> report, Side one, Side other, string kind)
    {
        if (one == Side.None || other == Side.None || one == other)
        {
            return false;
        }

        report(Mixed(operation.Syntax.GetLocation(), kind));
        return true;
    }

    /// <summary>The diagnostic, with the kind of mix (a resource name: comparison, conversion, construction, lookup) as its argument.</summary>
    private static Diagnostic Mixed(Location location, string kind, Location? added = null) =>
        Diagnostic.Create(
            BoundaryRules.IdentifierSpacesMixed,
            location,
            added is null || added == Location.None ? null : [added],
            Resources.Get(kind));
}
