using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using CommunityGovernance.Analyzers.Rules;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CommunityGovernance.Analyzers.Crossings;

/// <summary>
/// Finds where code of one side names, calls, constructs, reads or writes a symbol of the other side outside a
/// sanctioned crossing, and hands each crossing to the rule that judges it: <see cref="PersonalDataRead"/> (CGB003)
/// when administrative code reads a resident's personal data, else <see cref="BoundaryCrossed"/> (CGB001).
/// </summary>
/// <remarks>
/// Every name in code that has a side, and that a symbol of the other side bears, is bound and compared with the
/// side of the code around it; so is every construct that calls a member without naming it (an operator, a
/// conversion, an indexer, <c>foreach</c>, a query clause, <c>with</c>, a deconstruction or pattern, a collection
/// expression or initializer, <c>await</c>, a <c>using</c>'s <c>Dispose</c>), see <see cref="NamelessCrossings"/>.
/// The uses of the other side on one line of one statement are one crossing: one diagnostic at the most telling
/// of them (making an object, then a member, then a type's name), the others as additional locations. Names inside
/// code without a side are never bound. The two rules share this one walk because they judge the same bound name.
/// Registered by <see cref="BoundaryAnalyzer"/>.
/// </remarks>
internal sealed class CrossingFinder
{
    private readonly BoundaryContext _boundary;
    private readonly Lazy<SideNames> _sideNames;
    private readonly ReceiverMembers _receivers;
    private readonly NamelessCrossings _nameless;

    // Per statement line that crosses (rare): the crossing reported for it, and the others it stands for.
    private readonly ConcurrentDictionary<(SyntaxTree Tree, int Anchor, int Line), (SyntaxNode Primary, ImmutableArray<Location> Others)> _lines = new();

    // The side of the code in each member (and lambda or local function), under each file's settings.
    private readonly ConcurrentDictionary<(ISymbol Container, SideConfiguration Configuration), Side> _codeSides = new(new ContainerComparer());

    // Per member declaration and code side: whether it can hold a value of the other side (see MayHoldOtherSide).
    private readonly ConcurrentDictionary<(SyntaxTree Tree, int Start, Side CodeSide), bool> _holdsOtherSide = new();

    private CrossingFinder(BoundaryContext boundary, Lazy<SideNames> sideNames)
    {
        _boundary = boundary;
        _sideNames = sideNames;
        _receivers = new ReceiverMembers(boundary);
        _nameless = new NamelessCrossings(boundary, sideNames, _receivers);
    }

    public static void Register(CompilationStartAnalysisContext start, BoundaryContext boundary)
    {
        // Gathered on first use rather than here, so that a host that only starts the compilation pays nothing.
        var sideNames = new Lazy<SideNames>(() => SideNames.Collect(start.Compilation, boundary), LazyThreadSafetyMode.ExecutionAndPublication);
        var finder = new CrossingFinder(boundary, sideNames);
        start.RegisterSyntaxNodeAction(finder.AnalyzeNode, SyntaxKind.IdentifierName, SyntaxKind.GenericName);
        start.RegisterSyntaxNodeAction(finder.AnalyzeNode, NamelessCrossings.Kinds);
    }

    private void AnalyzeNode(SyntaxNodeAnalysisContext context)
    {
        var crossing = Judge(context.Node, context.SemanticModel, context.ContainingSymbol, context.CancellationToken);
        if (crossing is null)
        {
            return;
        }

        var (primary, others) = LineOf(crossing, context.SemanticModel, context.ContainingSymbol, context.CancellationToken);
        if (primary != crossing.Node)
        {
            return;
        }

        if (crossing.Kind == CrossingKind.ReadsPersonalData)
        {
            PersonalDataRead.Report(context, crossing, others);
        }
        else
        {
            BoundaryCrossed.Report(context, crossing, others);
        }
    }

    /// <summary>The crossing a node makes, if any: a name, or a construct that calls a member without naming it.</summary>
    private Crossing? Judge(SyntaxNode node, SemanticModel model, ISymbol? container, CancellationToken cancellationToken)
    {
        if (node is SimpleNameSyntax name)
        {
            return JudgeName(name, model, container, cancellationToken);
        }

        if (!_nameless.MayApply(node))
        {
            return null;
        }

        var configuration = _boundary.ConfigurationFor(node.SyntaxTree);
        var codeSide = CodeSide(container, configuration);
        if (codeSide == Side.None)
        {
            return null;
        }

        if (!MayHoldOtherSide(node, codeSide, container))
        {
            return null;
        }

        var found = _nameless.Find(node, codeSide, container, model, configuration, cancellationToken);
        if (found is not { } use)
        {
            return null;
        }

        if (RecordedAccess.Encloses(node, model, _boundary, cancellationToken))
        {
            return null;
        }

        var target = _boundary.Resolve(use.Symbol, configuration);
        var kind = use.PersonalData is not null && codeSide == Side.Administrative ? CrossingKind.ReadsPersonalData
            : use.Symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } or ITypeSymbol ? CrossingKind.Uses
            : CrossingKind.Calls;
        return new Crossing(node, use.Location, use.PersonalData ?? use.Symbol, kind, codeSide, _boundary.Resolve(container!, configuration).Source, target.Side, target.Source);
    }

    private Crossing? JudgeName(SimpleNameSyntax name, SemanticModel model, ISymbol? container, CancellationToken cancellationToken)
    {
        if (name is IdentifierNameSyntax { IsVar: true } || name.Parent is NameEqualsSyntax)
        {
            return null;
        }

        // Cheapest test first: a name no side symbol bears cannot cross, whatever it binds to.
        // A cref in a doc comment documents the other side; it neither runs nor depends on it.
        var sides = _sideNames.Value.Of(name.Identifier.ValueText);
        if (!sides.HasSides || name.IsPartOfStructuredTrivia())
        {
            return null;
        }

        // Code of one side crosses only through a name that a symbol of the other side bears.
        var configuration = _boundary.ConfigurationFor(name.SyntaxTree);
        var codeSide = CodeSide(container, configuration);
        if (codeSide == Side.None || !sides.MayCross(codeSide, container))
        {
            return null;
        }

        // A name both sides bear, picked from a receiver whose type has no such member on the other side.
        if (_receivers.CannotCross(name, sides, codeSide, container, model, configuration, cancellationToken))
        {
            return null;
        }

        var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
        _receivers.NoteBound(name);
        if (symbol is null || symbol.Kind is SymbolKind.Local or SymbolKind.Parameter or SymbolKind.Namespace or SymbolKind.TypeParameter)
        {
            return null;
        }

        var target = _boundary.Resolve(symbol, configuration);
        if (!BoundaryCrossed.Crosses(codeSide, target.Side))
        {
            // An alias of a generic, tuple or array type names the other side's type inside it.
            if (symbol is not ITypeSymbol aliased || model.GetAliasInfo(name, cancellationToken) is null ||
                OtherSideComponent(aliased, codeSide, configuration) is not { } component)
            {
                return null;
            }

            symbol = component;
            target = _boundary.Resolve(symbol, configuration);
        }

        // Inside a type that derives from the other side's type, the derivation is the crossing (reported on the
        // base type's name); the members it inherits are not reported again at every use.
        if (symbol is not ITypeSymbol && symbol.ContainingType is { } owner && InheritsFrom(container, owner))
        {
            return null;
        }

        // Reaching a sanctioned member of the other side's type takes the type's name; that is no crossing.
        if (symbol is INamedTypeSymbol && ReachesSanctionedMember(name, model, configuration, cancellationToken))
        {
            return null;
        }

        if (RecordedAccess.Encloses(name, model, _boundary, cancellationToken))
        {
            return null;
        }

        var kind = PersonalDataRead.Reads(name, codeSide, symbol, _boundary) ? CrossingKind.ReadsPersonalData
            : IsWrite(name) ? CrossingKind.Writes
            : name.Parent is BaseTypeSyntax ? CrossingKind.Derives
            : CrossingKind.Uses;
        return new Crossing(name, name.Identifier.GetLocation(), symbol, kind, codeSide, _boundary.Resolve(container!, configuration).Source, target.Side, target.Source);
    }

    /// <summary>
    /// Whether the member a construct is in can hold a value of the other side at all, which calling the other
    /// side's member without naming it needs: some name in the member (its signature and body) is the other side's
    /// or hands out the other side's values (a handover's method, a field of the other side's type), or the member's
    /// type derives from the other side. Judged once per member from its names, so that code that never sees the
    /// other side's values is not bound for its operators, arguments or loops. Only names that refer count: the
    /// member's own name, its parameters' and its locals' are declared there and hand out nothing by themselves.
    /// </summary>
    private bool MayHoldOtherSide(SyntaxNode node, Side codeSide, ISymbol? container)
    {
        var member = node.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax);
        // Top-level statements share their locals across statements: not judged per statement.
        if (member is null or GlobalStatementSyntax)
        {
            return true;
        }

        var key = (member.SyntaxTree, member.SpanStart, codeSide);
        if (_holdsOtherSide.TryGetValue(key, out var known))
        {
            return known;
        }

        var holds = NamelessCrossings.AnyNameCarries(member, _sideNames.Value, codeSide, container);

        var type = BoundaryContext.OutermostType(container);
        for (var baseType = type?.BaseType; !holds && baseType is not null; baseType = baseType.BaseType)
        {
            holds = BoundaryCrossed.Crosses(codeSide, _boundary.SideOf(baseType, _boundary.ConfigurationFor(node.SyntaxTree)));
        }

        return _holdsOtherSide.GetOrAdd(key, holds);
    }

    /// <summary>Whether the type the code is in (or one containing it) derives from <paramref name="owner"/>.</summary>
    private static bool InheritsFrom(ISymbol? container, INamedTypeSymbol owner)
    {
        var definition = owner.OriginalDefinition;
        for (var type = container as INamedTypeSymbol ?? container?.ContainingType; type is not null; type = type.ContainingType)
        {
            for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType == SpecialType.None; baseType = baseType.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(baseType.OriginalDefinition, definition))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The first type inside a constructed, tuple, array or nullable type that is on the other side.</summary>
    private ITypeSymbol? OtherSideComponent(ITypeSymbol type, Side codeSide, SideConfiguration configuration)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return OtherSideComponent(array.ElementType, codeSide, configuration);
            case INamedTypeSymbol named:
                if (BoundaryCrossed.Crosses(codeSide, _boundary.SideOf(named, configuration)))
                {
                    return named;
                }

                foreach (var argument in named.TypeArguments)
                {
                    if (OtherSideComponent(argument, codeSide, configuration) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>Whether a type's name is the receiver of a member (or nested type) that is a sanctioned crossing or identifier.</summary>
    private bool ReachesSanctionedMember(SimpleNameSyntax name, SemanticModel model, SideConfiguration configuration, CancellationToken cancellationToken)
    {
        // Vendor.Residents.Census.Year: the type may itself be the right of a qualified name.
        SyntaxNode receiver = name;
        if (name.Parent is MemberAccessExpressionSyntax { Name: var right } qualifiedAccess && right == name)
        {
            receiver = qualifiedAccess;
        }
        else if (name.Parent is QualifiedNameSyntax { Right: var qualifiedRight } qualifiedName && qualifiedRight == name)
        {
            receiver = qualifiedName;
        }

        SimpleNameSyntax? member = receiver.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Expression == receiver => access.Name,
            QualifiedNameSyntax qualified when qualified.Left == receiver => qualified.Right,
            _ => null,
        };
        if (member is null || model.GetSymbolInfo(member, cancellationToken).Symbol is not { } reached)
        {
            return false;
        }

        return _boundary.SideOf(reached, configuration) is Side.Crossing or Side.Identifier;
    }

    /// <summary>Whether a name is written: assigned, passed as <c>out</c> or <c>ref</c>, or deconstructed into.</summary>
    internal static bool IsWrite(SimpleNameSyntax name)
    {
        ExpressionSyntax expression = name;
        if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name)
        {
            expression = access;
        }
        else if (name.Parent is MemberBindingExpressionSyntax binding)
        {
            expression = binding;
            while (expression.Parent is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull == expression)
            {
                expression = conditional;
            }
        }

        switch (expression.Parent)
        {
            case AssignmentExpressionSyntax assignment when assignment.Left == expression && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                return true;
            case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword):
                return argument.Parent is not TupleExpressionSyntax || IsDeconstructionTarget(argument);
            case ArgumentSyntax argument:
                return IsDeconstructionTarget(argument);
            default:
                return false;
        }
    }

    /// <summary>Whether a tuple element is on the left of a deconstructing assignment, at any depth.</summary>
    private static bool IsDeconstructionTarget(ArgumentSyntax argument)
    {
        SyntaxNode current = argument;
        while (current.Parent is TupleExpressionSyntax tuple)
        {
            if (tuple.Parent is AssignmentExpressionSyntax assignment && assignment.Left == tuple)
            {
                return true;
            }

            if (tuple.Parent is not ArgumentSyntax outer)
            {
                return false;
            }

            current = outer;
        }

        return false;
    }

    /// <summary>
    /// The crossing reported for the crossing's line of its statement, and the locations of the others there: every
    /// crossing on the line is judged once, and the most telling one stands for all — a read of personal data
    /// (CGB003) before any other use (CGB001).
    /// </summary>
    private (SyntaxNode Primary, ImmutableArray<Location> Others) LineOf(Crossing crossing, SemanticModel model, ISymbol? container, CancellationToken cancellationToken)
    {
        var anchor = AnchorOf(crossing.Node);
        var tree = crossing.Node.SyntaxTree;
        var line = crossing.Location.GetLineSpan().StartLinePosition.Line;
        var key = (tree, anchor.SpanStart * 8 + (int)(anchor.RawKind & 7), line);
        if (_lines.TryGetValue(key, out var known))
        {
            return known;
        }

        var text = tree.GetText(cancellationToken);
        var lineSpan = TextSpan.FromBounds(
            Math.Max(text.Lines[line].Start, anchor.Span.Start),
            Math.Min(text.Lines[line].End, anchor.Span.End));
        var found = new List<Crossing>();
        foreach (var node in anchor.DescendantNodesAndSelf(lineSpan))
        {
            if (node == crossing.Node)
            {
                found.Add(crossing);
                continue;
            }

            if (!(node is SimpleNameSyntax || NamelessCrossings.Handles(node)) || AnchorOf(node) != anchor)
            {
                continue;
            }

            var other = Judge(node, model, container, cancellationToken);
            if (other is not null && other.Location.GetLineSpan().StartLinePosition.Line == line)
            {
                found.Add(other);
            }
        }

        if (!found.Contains(crossing))
        {
            found.Add(crossing);
        }

        var primary = found[0];
        foreach (var candidate in found)
        {
            if (candidate.Rank < primary.Rank || (candidate.Rank == primary.Rank && candidate.Location.SourceSpan.Start < primary.Location.SourceSpan.Start))
            {
                primary = candidate;
            }
        }

        var others = ImmutableArray.CreateBuilder<Location>();
        foreach (var candidate in found)
        {
            if (candidate != primary)
            {
                others.Add(candidate.Location);
            }
        }

        others.Sort((x, y) => x.SourceSpan.Start.CompareTo(y.SourceSpan.Start));
        return _lines.GetOrAdd(key, (primary.Node, others.ToImmutable()));
    }

    /// <summary>
    /// The part of the code a crossing belongs to: its statement, or outside statements a parameter, a base type, an
    /// attribute, a constraint, an expression body, or the member declaration itself.
    /// </summary>
    private static SyntaxNode AnchorOf(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case BlockSyntax:
                    continue;
                case StatementSyntax:
                case ParameterSyntax:
                case BaseTypeSyntax:
                case AttributeSyntax:
                case TypeParameterConstraintClauseSyntax:
                case ArrowExpressionClauseSyntax:
                case ConstructorInitializerSyntax:
                case MemberDeclarationSyntax:
                    return current;
            }
        }

        return node.SyntaxTree.GetRoot();
    }

    /// <summary>The side of the code a name appears in; only the two sides themselves are checked.</summary>
    private Side CodeSide(ISymbol? container, SideConfiguration configuration)
    {
        // Using directives and namespace declarations belong to no member; the uses below them are checked.
        if (container is null or INamespaceSymbol)
        {
            return Side.None;
        }

        var key = (container, configuration);
        if (!_codeSides.TryGetValue(key, out var side))
        {
            side = _boundary.SideOf(container, configuration);
            side = side is Side.Administrative or Side.Living ? side : Side.None;
            _codeSides.TryAdd(key, side);
        }

        return side;
    }

    private sealed class ContainerComparer : IEqualityComparer<(ISymbol Container, SideConfiguration Configuration)>
    {
        public bool Equals((ISymbol Container, SideConfiguration Configuration) x, (ISymbol Container, SideConfiguration Configuration) y) =>
            SymbolEqualityComparer.Default.Equals(x.Container, y.Container) && ReferenceEquals(x.Configuration, y.Configuration);

        public int GetHashCode((ISymbol Container, SideConfiguration Configuration) key) =>
            SymbolEqualityComparer.Default.GetHashCode(key.Container) ^ System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Configuration);
    }
}
