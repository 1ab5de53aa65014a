using System.Collections.Immutable;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CommunityGovernance.Analyzers.Rules;

/// <summary>
/// CGB002 (identifier spaces mixed): a comparison, conversion, construction or collection lookup that mixes an
/// administrative-community identifier with a living-community identifier, directly or through the values
/// read from them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IdentifierSpaceAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(BoundaryRules.IdentifierSpacesMixed);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var boundary = BoundaryContext.TryCreate(start.Compilation, start.Options.AnalyzerConfigOptionsProvider);
            if (boundary?.Identifier is null)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeBinary(c, boundary), OperationKind.Binary);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, boundary), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeCreation(c, boundary), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeConversion(c, boundary), OperationKind.Conversion);
            start.RegisterOperationAction(c => AnalyzeIsPattern(c, boundary), OperationKind.IsPattern);
            start.RegisterOperationAction(c => AnalyzeIsType(c, boundary), OperationKind.IsType);
            start.RegisterSymbolStartAction(
                symbolStart =>
                {
                    var keys = new CollectionKeys(boundary);
                    symbolStart.RegisterOperationAction(keys.Record, OperationKind.Invocation, OperationKind.PropertyReference);
                    symbolStart.RegisterSymbolEndAction(keys.Report);
                },
                SymbolKind.NamedType);
        });
    }

    private static void AnalyzeBinary(OperationAnalysisContext context, BoundaryContext boundary)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or
            BinaryOperatorKind.ObjectValueEquals or BinaryOperatorKind.ObjectValueNotEquals or
            BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or
            BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual)
        {
            ReportIfMixed(context, IdentifierOrigin.Of(binary.LeftOperand, boundary), IdentifierOrigin.Of(binary.RightOperand, boundary), "MixComparison");
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, BoundaryContext boundary)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var arguments = invocation.Arguments;
        switch (method.Name)
        {
            case "Equals" or "CompareTo" or "Compare" or "CompareOrdinal" or "ReferenceEquals":
                if (invocation.Instance is { } instance && arguments.Length >= 1)
                {
                    ReportIfMixed(context, IdentifierOrigin.Of(instance, boundary), IdentifierOrigin.Of(arguments[0].Value, boundary), "MixComparison");
                }
                else if (arguments.Length >= 2)
                {
                    ReportIfMixed(context, IdentifierOrigin.Of(arguments[0].Value, boundary), IdentifierOrigin.Of(arguments[1].Value, boundary), "MixComparison");
                }

                return;
        }

        // A static factory of one identifier type (Parse, From...) fed from the other identifier.
        if (method.IsStatic)
        {
            var made = boundary.IdentifierSideOf(method.ContainingType);
            if (made != Side.None)
            {
                ReportIfAnyArgumentFrom(context, arguments, made, boundary, "MixConstruction");
            }
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, BoundaryContext boundary)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        var made = boundary.IdentifierSideOf(creation.Type);
        if (made != Side.None)
        {
            ReportIfAnyArgumentFrom(context, creation.Arguments, made, boundary, "MixConstruction");
        }
    }

    private static void AnalyzeConversion(OperationAnalysisContext context, BoundaryContext boundary)
    {
        var conversion = (IConversionOperation)context.Operation;
        var target = boundary.IdentifierSideOf(conversion.Type);
        if (target != Side.None)
        {
            ReportIfMixed(context, target, IdentifierOrigin.Of(conversion.Operand, boundary), "MixConversion");
        }
    }

    private static void AnalyzeIsPattern(OperationAnalysisContext context, BoundaryContext boundary)
    {
        var isPattern = (IIsPatternOperation)context.Operation;
        var matched = isPattern.Pattern switch
        {
            IDeclarationPatternOperation declaration => declaration.MatchedType,
            ITypePatternOperation type => type.MatchedType,
            IRecursivePatternOperation recursive => recursive.MatchedType,
            _ => null,
        };
        ReportIfMixed(context, boundary.IdentifierSideOf(matched), IdentifierOrigin.Of(isPattern.Value, boundary), "MixConversion");
    }

    private static void AnalyzeIsType(OperationAnalysisContext context, BoundaryContext boundary)
    {
        var isType = (IIsTypeOperation)context.Operation;
        ReportIfMixed(context, boundary.IdentifierSideOf(isType.TypeOperand), IdentifierOrigin.Of(isType.ValueOperand, boundary), "MixConversion");
    }

    private static void ReportIfAnyArgumentFrom(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments, Side made, BoundaryContext boundary, string kind)
    {
        foreach (var argument in arguments)
        {
            if (ReportIfMixed(context, made, IdentifierOrigin.Of(argument.Value, boundary), kind))
            {
                return;
            }
        }
    }

    private static bool ReportIfMixed(OperationAnalysisContext context, Side one, Side other, string kind)
    {
        if (one == Side.None || other == Side.None || one == other)
        {
            return false;
        }

        context.ReportDiagnostic(Diagnostic.Create(BoundaryRules.IdentifierSpacesMixed, context.Operation.Syntax.GetLocation(), Resources.Get(kind)));
        return true;
    }
}
