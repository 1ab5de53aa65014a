using System.Linq;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CommunityGovernance.Analyzers.Identifiers;

/// <summary>
/// Traces a value back to the identifier it came from: an <c>AdministrativeCommunityId</c> or
/// <c>LivingCommunityId</c> itself, or something read from one (its area code, its value, its text), through
/// conversions, static conversions such as <c>long.Parse</c>, and locals initialised from such a value.
/// </summary>
internal static class IdentifierOrigin
{
    private const int MaxDepth = 6;

    public static Side Of(IOperation? operation, BoundaryContext boundary) => Of(operation, boundary, 0);

    private static Side Of(IOperation? operation, BoundaryContext boundary, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return Side.None;
        }

        while (operation is IConversionOperation conversion)
        {
            var converted = boundary.IdentifierSideOf(conversion.Type);
            if (converted != Side.None)
            {
                return converted;
            }

            operation = conversion.Operand;
        }

        var side = boundary.IdentifierSideOf(operation.Type);
        if (side != Side.None)
        {
            return side;
        }

        switch (operation)
        {
            case IPropertyReferenceOperation { Instance: { } instance }:
                return Of(instance, boundary, depth + 1);
            case IFieldReferenceOperation { Instance: { } instance }:
                return Of(instance, boundary, depth + 1);
            case IInvocationOperation { Instance: { } instance }:
                return Of(instance, boundary, depth + 1);
            case IInvocationOperation invocation:
                // The origin flows through plain values only: AreaCode.Parse(living.Value) or long.Parse(text) still
                // carry the living side, while CommunityUnit.Living(living) makes an explicit, side-carrying unit.
                // string.Concat, Format and Join make text of whatever they are given.
                var makesText = invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String;
                foreach (var argument in invocation.Arguments)
                {
                    var value = argument.Value;
                    while (value is IConversionOperation { IsImplicit: true } implicitConversion)
                    {
                        value = implicitConversion.Operand;
                    }

                    if (!makesText && value.Type?.SpecialType is null or SpecialType.None)
                    {
                        continue;
                    }

                    var fromArgument = value is IArrayCreationOperation { Initializer: { } array }
                        ? OfAny(array.ElementValues, boundary, depth + 1)
                        : Of(value, boundary, depth + 1);
                    if (fromArgument != Side.None)
                    {
                        return fromArgument;
                    }
                }

                return Side.None;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                return Either(Of(concatenation.LeftOperand, boundary, depth + 1), Of(concatenation.RightOperand, boundary, depth + 1));
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Either(Of(conditional.WhenTrue, boundary, depth + 1), Of(whenFalse, boundary, depth + 1));
            case ICoalesceOperation coalesce:
                return Either(Of(coalesce.Value, boundary, depth + 1), Of(coalesce.WhenNull, boundary, depth + 1));
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation interpolation)
                    {
                        var fromPart = Of(interpolation.Expression, boundary, depth + 1);
                        if (fromPart != Side.None)
                        {
                            return fromPart;
                        }
                    }
                }

                return Side.None;
            case ILocalReferenceOperation local:
                return OfLocal(local, boundary, depth);
            case IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } } parameter:
                return OfQueryParameter(parameter, boundary, depth);
            default:
                return Side.None;
        }
    }

    /// <summary>
    /// A lambda's parameter in a query over a sequence (<c>codes.Any(c =&gt; c == living.Value)</c>): an element
    /// of the sequence the query is called on.
    /// </summary>
    private static Side OfQueryParameter(IParameterReferenceOperation reference, BoundaryContext boundary, int depth)
    {
        var model = reference.SemanticModel;
        var lambda = reference.Parameter.ContainingSymbol.DeclaringSyntaxReferences;
        if (model is null || lambda.Length != 1 || lambda[0].SyntaxTree != model.SyntaxTree ||
            lambda[0].GetSyntax() is not AnonymousFunctionExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } } ||
            model.GetOperation(invocation) is not IInvocationOperation call)
        {
            return Side.None;
        }

        var source = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 1 ? call.Arguments[0].Value : null);
        return OfElements(source, boundary, depth + 1);
    }

    /// <summary>The side of the elements of a sequence: its element type, or what a query or a collection made it of.</summary>
    public static Side OfElements(IOperation? operation, BoundaryContext boundary) => OfElements(operation, boundary, 0);

    private static Side OfElements(IOperation? operation, BoundaryContext boundary, int depth)
    {
        if (operation is null || depth > MaxDepth)
        {
            return Side.None;
        }

        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        var elementSide = boundary.IdentifierSideOf(ElementType(operation.Type));
        if (elementSide != Side.None)
        {
            return elementSide;
        }

        switch (operation)
        {
            case IInvocationOperation invocation:
                var arguments = invocation.Arguments;
                var source = invocation.Instance ?? (arguments.Length > 0 ? arguments[0].Value : null);
                var rest = invocation.Instance is null ? 1 : 0;
                switch (invocation.TargetMethod.Name)
                {
                    // The keys of a dictionary, or the values of a projection: what the first selector returns.
                    case "Select" or "ToDictionary" or "ToLookup" or "ToImmutableDictionary" or "ToFrozenDictionary" or "ToSortedDictionary" or "GroupBy" or "DistinctBy":
                        if (arguments.Length > rest && Returned(arguments[rest].Value) is { } selected)
                        {
                            return Of(selected, boundary, depth + 1);
                        }

                        return Side.None;
                    default:
                        return OfElements(source, boundary, depth + 1);
                }

            case ICollectionExpressionOperation collection:
                return OfAny(collection.Elements, boundary, depth + 1);
            case IObjectCreationOperation creation:
                if (creation.Initializer is { } initializer)
                {
                    foreach (var element in initializer.Initializers)
                    {
                        var side = element switch
                        {
                            IInvocationOperation { Arguments.Length: > 0 } add => Of(add.Arguments[add.Instance is null ? 1 : 0].Value, boundary, depth + 1),
                            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: > 0 } indexer } => Of(indexer.Arguments[0].Value, boundary, depth + 1),
                            _ => Side.None,
                        };
                        if (side != Side.None)
                        {
                            return side;
                        }
                    }
                }

                return creation.Arguments.Length > 0 ? OfElements(creation.Arguments[0].Value, boundary, depth + 1) : Side.None;
            case ILocalReferenceOperation local:
                return OfElements(Initializer(local.Local, local.SemanticModel), boundary, depth + 1);
            case IFieldReferenceOperation field:
                return OfElements(Initializer(field.Field, field.SemanticModel), boundary, depth + 1);
            default:
                return Side.None;
        }
    }

    /// <summary>The initializer of a local or field declared in the tree the model reads, bound; null otherwise.</summary>
    private static IOperation? Initializer(ISymbol symbol, SemanticModel? model)
    {
        var references = symbol.DeclaringSyntaxReferences;
        if (model is null || references.Length != 1 || references[0].SyntaxTree != model.SyntaxTree ||
            references[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value })
        {
            return null;
        }

        return model.GetOperation(value);
    }

    private static ITypeSymbol? ElementType(ITypeSymbol? type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type is not INamedTypeSymbol named)
        {
            return null;
        }

        foreach (var candidate in named.AllInterfaces.Add(named))
        {
            if (candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                var element = candidate.TypeArguments[0];

                // A dictionary's keys: KeyValuePair<TKey, TValue>.
                return element is INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2 } pair ? pair.TypeArguments[0] : element;
            }
        }

        return null;
    }

    /// <summary>What a lambda passed as a selector returns, or null.</summary>
    private static IOperation? Returned(IOperation value)
    {
        while (value is IConversionOperation or IDelegateCreationOperation)
        {
            value = value is IConversionOperation conversion ? conversion.Operand : ((IDelegateCreationOperation)value).Target;
        }

        if (value is IAnonymousFunctionOperation { Body.Operations: var operations })
        {
            foreach (var operation in operations)
            {
                if (operation is IReturnOperation { ReturnedValue: { } returned })
                {
                    return returned;
                }
            }
        }

        return null;
    }

    private static Side OfAny(System.Collections.Immutable.ImmutableArray<IOperation> values, BoundaryContext boundary, int depth)
    {
        foreach (var value in values)
        {
            var side = value is ISpreadOperation spread ? OfElements(spread.Operand, boundary, depth) : Of(value, boundary, depth);
            if (side != Side.None)
            {
                return side;
            }
        }

        return Side.None;
    }

    private static Side Either(Side one, Side other) => one != Side.None ? one : other;

    /// <summary>
    /// The origin of a local: its initializer and every later assignment in its member (one side only, or none
    /// when they disagree), or, for a pattern's variable (<c>is var text</c>, <c>case string s when ...</c>, a
    /// switch arm), the value the pattern tests.
    /// </summary>
    private static Side OfLocal(ILocalReferenceOperation reference, BoundaryContext boundary, int depth)
    {
        var local = reference.Local;
        var declarations = local.DeclaringSyntaxReferences;
        var model = reference.SemanticModel;
        if (declarations.Length != 1 || model is null || declarations[0].SyntaxTree != model.SyntaxTree)
        {
            return Side.None;
        }

        var declaration = declarations[0].GetSyntax();
        if (declaration is SingleVariableDesignationSyntax designation)
        {
            return TestedValue(designation) is { } tested ? Of(model.GetOperation(tested), boundary, depth + 1) : Side.None;
        }

        if (declaration is not VariableDeclaratorSyntax declarator)
        {
            return Side.None;
        }

        var side = declarator.Initializer?.Value is { } value ? Of(model.GetOperation(value), boundary, depth + 1) : Side.None;

        // Later assignments in the member (rare enough to look for when a comparison needs the origin).
        var body = declarator.Ancestors().FirstOrDefault(a => a is MemberDeclarationSyntax or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);
        if (body is null)
        {
            return side;
        }

        foreach (var assignment in body.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (assignment.Left is IdentifierNameSyntax { } target && target.Identifier.ValueText == local.Name &&
                assignment.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression) &&
                SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(target).Symbol, local))
            {
                var assigned = Of(model.GetOperation(assignment.Right), boundary, depth + 1);
                if (assigned != Side.None)
                {
                    if (side != Side.None && side != assigned)
                    {
                        return Side.None;
                    }

                    side = assigned;
                }
            }
        }

        return side;
    }

    /// <summary>The value a pattern variable's pattern tests: of an <c>is</c>, a <c>switch</c> statement or a switch expression.</summary>
    private static ExpressionSyntax? TestedValue(SingleVariableDesignationSyntax designation)
    {
        SyntaxNode current = designation;
        while (current.Parent is PatternSyntax or VariableDesignationSyntax)
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            IsPatternExpressionSyntax isPattern => isPattern.Expression,
            CasePatternSwitchLabelSyntax { Parent: SwitchSectionSyntax { Parent: SwitchStatementSyntax statement } } => statement.Expression,
            SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax expression } => expression.GoverningExpression,
            _ => null,
        };
    }
}
