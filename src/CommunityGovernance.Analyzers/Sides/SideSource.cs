using Microsoft.CodeAnalysis;

namespace CommunityGovernance.Analyzers.Sides;

/// <summary>What gave a symbol its side.</summary>
internal enum SideSourceKind : byte
{
    None = 0,

    /// <summary>A side attribute on the symbol, or on the property, event or type that declares it.</summary>
    Attribute,

    /// <summary>The side of a base type or interface the type derives from.</summary>
    BaseType,

    /// <summary>A side attribute on the assembly.</summary>
    Assembly,

    /// <summary>An <c>.editorconfig</c> namespace pattern.</summary>
    Pattern,

    /// <summary>An <c>.editorconfig</c> identifier-type pattern.</summary>
    Identifier,
}

/// <summary>
/// Where a symbol's side came from, so that a message can say it: the kind, the symbol that carries it (the marked
/// declaration, the base type, the assembly, the type a pattern matched) and the pattern's text.
/// </summary>
internal readonly struct SideSource
{
    public SideSource(SideSourceKind kind, ISymbol carrier, string? pattern)
    {
        Kind = kind;
        Carrier = carrier;
        Pattern = pattern;
    }

    public SideSourceKind Kind { get; }

    public ISymbol? Carrier { get; }

    public string? Pattern { get; }

    /// <summary>The source in the reader's language, e.g. "[LivingSide] on Resident" or ".editorconfig pattern 'Vendor.Residents.*'".</summary>
    public LocalizableString Describe(Side side)
    {
        var marker = side switch
        {
            Side.Administrative => "AdministrativeSide",
            Side.Living => "LivingSide",
            Side.Crossing => "SanctionedCrossing",
            _ => "SideIdentifier",
        };
        return Kind switch
        {
            SideSourceKind.Attribute => Resources.Get("SourceAttribute", marker, Carrier is null ? string.Empty : SymbolText.Of(Carrier)),
            SideSourceKind.BaseType => Resources.Get("SourceBaseType", marker, Carrier is null ? string.Empty : SymbolText.Of(Carrier)),
            SideSourceKind.Assembly => Resources.Get("SourceAssembly", marker, Carrier?.Name ?? string.Empty),
            SideSourceKind.Pattern => Resources.Get("SourcePattern", Pattern ?? string.Empty),
            SideSourceKind.Identifier => Resources.Get("SourceIdentifierPattern"),
            _ => Resources.Get("SourceNone"),
        };
    }
}
