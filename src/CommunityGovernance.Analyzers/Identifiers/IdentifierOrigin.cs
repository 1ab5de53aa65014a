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
                foreach (var argument in invocation.Arguments)
                {
                    var value = argument.Value;
                    while (value is IConversionOperation { IsImplicit: true } implicitConversion)
                    {
                        value = implicitConversion.Operand;
                    }

                    if (value.Type?.SpecialType is null or SpecialType.None)
                    {
                        continue;
                    }

                    var fromArgument = Of(value, boundary, depth + 1);
                    if (fromArgument != Side.None)
                    {
                        return fromArgument;
                    }
                }

                return Side.None;
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
            default:
                return Side.None;
        }
    }

    private static Side OfLocal(ILocalReferenceOperation reference, BoundaryContext boundary, int depth)
    {
        var declarations = reference.Local.DeclaringSyntaxReferences;
        if (declarations.Length != 1 || reference.SemanticModel is null ||
            declarations[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value } ||
            value.SyntaxTree != reference.SemanticModel.SyntaxTree)
        {
            return Side.None;
        }

        return Of(reference.SemanticModel.GetOperation(value), boundary, depth + 1);
    }
}
