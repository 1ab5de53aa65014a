using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;

namespace CommunityGovernance.Analyzers.Crossings;

/// <summary>How code touches a symbol of the other side; the verb of the diagnostic's message.</summary>
internal enum CrossingKind : byte
{
    /// <summary>Names, calls, constructs or reads it.</summary>
    Uses,

    /// <summary>Assigns it, or passes it as <c>out</c> or <c>ref</c>, or deconstructs into it.</summary>
    Writes,

    /// <summary>Derives from it or implements it.</summary>
    Derives,

    /// <summary>Calls it without naming it: an operator, a conversion, an indexer, <c>GetEnumerator</c>, <c>Deconstruct</c>, ...</summary>
    Calls,

    /// <summary>Reads a resident's personal datum (CGB003).</summary>
    ReadsPersonalData,
}

/// <summary>
/// One use of the other side's symbol found in sided code: where it is, what it touches and how, and the two sides
/// with where each came from.
/// </summary>
internal sealed class Crossing
{
    public Crossing(SyntaxNode node, Location location, ISymbol symbol, CrossingKind kind, Side codeSide, SideSource codeSource, Side targetSide, SideSource targetSource)
    {
        Node = node;
        Location = location;
        Symbol = symbol;
        Kind = kind;
        CodeSide = codeSide;
        CodeSource = codeSource;
        TargetSide = targetSide;
        TargetSource = targetSource;
    }

    public SyntaxNode Node { get; }

    public Location Location { get; }

    public ISymbol Symbol { get; }

    public CrossingKind Kind { get; }

    public Side CodeSide { get; }

    public SideSource CodeSource { get; }

    public Side TargetSide { get; }

    public SideSource TargetSource { get; }

    /// <summary>
    /// How telling the location is, lower first: reading a resident's personal data, making an object of the other
    /// side, using one of its members, and last merely naming one of its types.
    /// </summary>
    public int Rank => Kind == CrossingKind.ReadsPersonalData ? -1 : Symbol switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } => 0,
        INamedTypeSymbol when Node.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax => 0,
        INamedTypeSymbol => 2,
        _ => 1,
    };
}
