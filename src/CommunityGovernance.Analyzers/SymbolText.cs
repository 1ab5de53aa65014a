using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;

namespace CommunityGovernance.Analyzers;

/// <summary>How symbols and sides are named in the rules' messages.</summary>
internal static class SymbolText
{
    private static readonly SymbolDisplayFormat s_format = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

    public static string Of(ISymbol symbol)
    {
        var definition = symbol is IMethodSymbol { ReducedFrom: { } extension } ? extension : symbol.OriginalDefinition;
        if (definition is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor)
        {
            definition = constructor.ContainingType;
        }

        return definition.ToDisplayString(s_format);
    }

    /// <summary>The side's name in the reader's language; the message is formatted in the culture it is shown in.</summary>
    public static LocalizableString SideName(Side side) =>
        Resources.Get(side == Side.Administrative ? "SideAdministrative" : "SideLiving");
}
