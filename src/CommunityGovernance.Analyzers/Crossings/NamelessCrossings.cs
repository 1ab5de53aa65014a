using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CommunityGovernance.Analyzers.Rules;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CommunityGovernance.Analyzers.Crossings;

/// <summary>What a construct touches without naming it: the symbol, where to report it, and the personal datum it reads, if any.</summary>
internal readonly struct NamelessUse
{
    public NamelessUse(ISymbol symbol, Location location, ISymbol? personalData = null)
    {
        Symbol = symbol;
        Location = location;
        PersonalData = personalData;
    }

    public ISymbol Symbol { get; }

    public Location Location { get; }

    public ISymbol? PersonalData { get; }
}

/// <summary>
/// The constructs that reach a member of the other side without a simple name that bears it: user-defined operators
/// and conversions (cast or implicit), indexers, <c>foreach</c> (its <c>GetEnumerator</c>, its collection's type,
/// its deconstruction), LINQ query clauses, <c>with</c>, deconstruction, positional and list patterns, collection
/// expressions and collection-initializer <c>Add</c>, <c>await</c>, the <c>Dispose</c> of a <c>using</c>, and a
/// target-typed <c>new()</c>.
/// </summary>
/// <remarks>
/// Each is judged from the compiler's own binding (the symbol-info, conversion, <c>foreach</c>, deconstruction,
/// query and <c>await</c> APIs of the semantic model, or the node's operation), so every spelling of a construct is
/// one case. Where a construct is common (operators, arguments, indexers, <c>await</c>, <c>using</c>, initializers),
/// it is bound only when the other side declares a member of the name the construct calls
/// (<c>op_Addition</c>, <c>op_Implicit</c>, <c>this[]</c>, <c>GetAwaiter</c>, <c>Dispose</c>, <c>Add</c>).
/// </remarks>
internal sealed class NamelessCrossings
{
    private static readonly Dictionary<SyntaxKind, string> s_operatorNames = new()
    {
        [SyntaxKind.AddExpression] = WellKnownMemberNames.AdditionOperatorName,
        [SyntaxKind.SubtractExpression] = WellKnownMemberNames.SubtractionOperatorName,
        [SyntaxKind.MultiplyExpression] = WellKnownMemberNames.MultiplyOperatorName,
        [SyntaxKind.DivideExpression] = WellKnownMemberNames.DivisionOperatorName,
        [SyntaxKind.ModuloExpression] = WellKnownMemberNames.ModulusOperatorName,
        [SyntaxKind.LeftShiftExpression] = WellKnownMemberNames.LeftShiftOperatorName,
        [SyntaxKind.RightShiftExpression] = WellKnownMemberNames.RightShiftOperatorName,
        [SyntaxKind.UnsignedRightShiftExpression] = WellKnownMemberNames.UnsignedRightShiftOperatorName,
        [SyntaxKind.BitwiseAndExpression] = WellKnownMemberNames.BitwiseAndOperatorName,
        [SyntaxKind.BitwiseOrExpression] = WellKnownMemberNames.BitwiseOrOperatorName,
        [SyntaxKind.ExclusiveOrExpression] = WellKnownMemberNames.ExclusiveOrOperatorName,
        [SyntaxKind.EqualsExpression] = WellKnownMemberNames.EqualityOperatorName,
        [SyntaxKind.NotEqualsExpression] = WellKnownMemberNames.InequalityOperatorName,
        [SyntaxKind.LessThanExpression] = WellKnownMemberNames.LessThanOperatorName,
        [SyntaxKind.LessThanOrEqualExpression] = WellKnownMemberNames.LessThanOrEqualOperatorName,
        [SyntaxKind.GreaterThanExpression] = WellKnownMemberNames.GreaterThanOperatorName,
        [SyntaxKind.GreaterThanOrEqualExpression] = WellKnownMemberNames.GreaterThanOrEqualOperatorName,
        [SyntaxKind.AddAssignmentExpression] = WellKnownMemberNames.AdditionOperatorName,
        [SyntaxKind.SubtractAssignmentExpression] = WellKnownMemberNames.SubtractionOperatorName,
        [SyntaxKind.MultiplyAssignmentExpression] = WellKnownMemberNames.MultiplyOperatorName,
        [SyntaxKind.DivideAssignmentExpression] = WellKnownMemberNames.DivisionOperatorName,
        [SyntaxKind.ModuloAssignmentExpression] = WellKnownMemberNames.ModulusOperatorName,
        [SyntaxKind.AndAssignmentExpression] = WellKnownMemberNames.BitwiseAndOperatorName,
        [SyntaxKind.OrAssignmentExpression] = WellKnownMemberNames.BitwiseOrOperatorName,
        [SyntaxKind.ExclusiveOrAssignmentExpression] = WellKnownMemberNames.ExclusiveOrOperatorName,
        [SyntaxKind.LeftShiftAssignmentExpression] = WellKnownMemberNames.LeftShiftOperatorName,
        [SyntaxKind.RightShiftAssignmentExpression] = WellKnownMemberNames.RightShiftOperatorName,
        [SyntaxKind.UnaryPlusExpression] = WellKnownMemberNames.UnaryPlusOperatorName,
        [SyntaxKind.UnaryMinusExpression] = WellKnownMemberNames.UnaryNegationOperatorName,
        [SyntaxKind.LogicalNotExpression] = WellKnownMemberNames.LogicalNotOperatorName,
        [SyntaxKind.BitwiseNotExpression] = WellKnownMemberNames.OnesComplementOperatorName,
        [SyntaxKind.PreIncrementExpression] = WellKnownMemberNames.IncrementOperatorName,
        [SyntaxKind.PostIncrementExpression] = WellKnownMemberNames.IncrementOperatorName,
        [SyntaxKind.PreDecrementExpression] = WellKnownMemberNames.DecrementOperatorName,
        [SyntaxKind.PostDecrementExpression] = WellKnownMemberNames.DecrementOperatorName,
    };

    /// <summary>The syntax kinds judged here.</summary>
    public static readonly ImmutableArray<SyntaxKind> Kinds = s_operatorNames.Keys.Concat(
    [
        SyntaxKind.CastExpression,
        SyntaxKind.Argument,
        SyntaxKind.EqualsValueClause,
        SyntaxKind.ReturnStatement,
        SyntaxKind.YieldReturnStatement,
        SyntaxKind.ArrowExpressionClause,
        SyntaxKind.SimpleAssignmentExpression,
        SyntaxKind.ElementAccessExpression,
        SyntaxKind.ElementBindingExpression,
        SyntaxKind.ImplicitElementAccess,
        SyntaxKind.ForEachStatement,
        SyntaxKind.ForEachVariableStatement,
        SyntaxKind.QueryExpression,
        SyntaxKind.WithExpression,
        SyntaxKind.RecursivePattern,
        SyntaxKind.ListPattern,
        SyntaxKind.CollectionExpression,
        SyntaxKind.CollectionInitializerExpression,
        SyntaxKind.AwaitExpression,
        SyntaxKind.LocalDeclarationStatement,
        SyntaxKind.UsingStatement,
        SyntaxKind.ImplicitObjectCreationExpression,
    ]).ToImmutableArray();

    private static readonly HashSet<SyntaxKind> s_kinds = [.. Kinds];

    private readonly BoundaryContext _boundary;
    private readonly Lazy<SideNames> _sideNames;
    private readonly ReceiverMembers _receivers;

    public NamelessCrossings(BoundaryContext boundary, Lazy<SideNames> sideNames, ReceiverMembers receivers)
    {
        _boundary = boundary;
        _sideNames = sideNames;
        _receivers = receivers;
    }

    public static bool Handles(SyntaxNode node) => s_kinds.Contains(node.Kind());

    /// <summary>
    /// Whether <paramref name="node"/> or a node in it is a name that refers to a symbol (<c>x</c>,
    /// <c>List&lt;T&gt;</c>; not one a declaration gives, a member's, parameter's, local's or designation's own name,
    /// which refers to nothing else) and that, in code of <paramref name="codeSide"/> declared in
    /// <paramref name="container"/>, could hand out a value of the other side (<see cref="NameSides.Carries"/>).
    /// A walk of the nodes only (Roslyn's own, which keeps a stack rather than recursing), stopped at the first such
    /// name: enumerating every token of a member cost more than reading its names.
    /// </summary>
    public static bool AnyNameCarries(SyntaxNode node, SideNames names, Side codeSide, ISymbol? container)
    {
        foreach (var current in node.DescendantNodesAndSelf())
        {
            if (current is SimpleNameSyntax { Identifier: var identifier } && identifier.IsKind(SyntaxKind.IdentifierToken) &&
                names.Of(identifier.ValueText).Carries(codeSide, container))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a construct could reach any side's member at all: the common ones call a member by a fixed name
    /// (<c>op_Addition</c>, <c>op_Implicit</c>, <c>this[]</c>, <c>GetAwaiter</c>, <c>Add</c>), and where no symbol of
    /// either side bears it, nothing about the code around it needs to be known. One name lookup.
    /// </summary>
    public bool MayApply(SyntaxNode node)
    {
        var names = _sideNames.Value;
        if (s_operatorNames.TryGetValue(node.Kind(), out var operatorName))
        {
            return !names.Of(operatorName).IsNone;
        }

        return node switch
        {
            AssignmentExpressionSyntax { Left: TupleExpressionSyntax or DeclarationExpressionSyntax } => true,
            ArgumentSyntax or EqualsValueClauseSyntax or ReturnStatementSyntax or YieldStatementSyntax or ArrowExpressionClauseSyntax or AssignmentExpressionSyntax =>
                !names.Of(WellKnownMemberNames.ImplicitConversionName).IsNone,
            CastExpressionSyntax => !names.Of(WellKnownMemberNames.ImplicitConversionName).IsNone || !names.Of(WellKnownMemberNames.ExplicitConversionName).IsNone,
            ElementAccessExpressionSyntax or ElementBindingExpressionSyntax or ImplicitElementAccessSyntax =>
                !names.Of(WellKnownMemberNames.Indexer).IsNone || !names.Of("get_Item").IsNone || !names.Of("set_Item").IsNone,
            AwaitExpressionSyntax => !names.Of(WellKnownMemberNames.GetAwaiter).IsNone,
            InitializerExpressionSyntax => !names.Of("Add").IsNone,
            _ => true,
        };
    }

    /// <summary>The member or type of the other side that the construct reaches, if any.</summary>
    public NamelessUse? Find(SyntaxNode node, Side codeSide, ISymbol? container, SemanticModel model, SideConfiguration configuration, CancellationToken cancellationToken)
    {
        var finder = new Search(this, codeSide, container, model, configuration, cancellationToken);
        return finder.Find(node);
    }

    private sealed class Search
    {
        private readonly NamelessCrossings _owner;
        private readonly Side _codeSide;
        private readonly ISymbol? _container;
        private readonly SemanticModel _model;
        private readonly SideConfiguration _configuration;
        private readonly CancellationToken _cancellationToken;

        public Search(NamelessCrossings owner, Side codeSide, ISymbol? container, SemanticModel model, SideConfiguration configuration, CancellationToken cancellationToken)
        {
            _owner = owner;
            _codeSide = codeSide;
            _container = container;
            _model = model;
            _configuration = configuration;
            _cancellationToken = cancellationToken;
        }

        public NamelessUse? Find(SyntaxNode node)
        {
            if (s_operatorNames.TryGetValue(node.Kind(), out var operatorName))
            {
                return Operator(node, operatorName);
            }

            switch (node)
            {
                case CastExpressionSyntax cast:
                    return Cast(cast);
                case ArgumentSyntax argument:
                    return ImplicitConversion(argument.Expression);
                case EqualsValueClauseSyntax equals:
                    return ImplicitConversion(equals.Value);
                case ReturnStatementSyntax { Expression: { } returned }:
                    return ImplicitConversion(returned);
                case YieldStatementSyntax { Expression: { } yielded }:
                    return ImplicitConversion(yielded);
                case ArrowExpressionClauseSyntax arrow:
                    return ImplicitConversion(arrow.Expression);
                case AssignmentExpressionSyntax { Left: TupleExpressionSyntax or DeclarationExpressionSyntax } deconstruction:
                    return Deconstruction(deconstruction, deconstruction.Left.GetLocation());
                case AssignmentExpressionSyntax assignment:
                    return ImplicitConversion(assignment.Right);
                case ElementAccessExpressionSyntax or ElementBindingExpressionSyntax or ImplicitElementAccessSyntax:
                    return Indexer(node);
                case CommonForEachStatementSyntax forEach:
                    return ForEach(forEach);
                case QueryExpressionSyntax query:
                    return Query(query);
                case WithExpressionSyntax with:
                    return Type(_model.GetTypeInfo(with.Expression, _cancellationToken).Type, with.WithKeyword.GetLocation());
                case RecursivePatternSyntax pattern:
                    return RecursivePattern(pattern);
                case ListPatternSyntax list:
                    return ListPattern(list);
                case CollectionExpressionSyntax collection:
                    return CollectionExpression(collection);
                case InitializerExpressionSyntax initializer:
                    return CollectionInitializer(initializer);
                case AwaitExpressionSyntax awaited:
                    return Await(awaited);
                case LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.UsingKeyword } usingDeclaration:
                    return Using(Resources(usingDeclaration.Declaration), usingDeclaration.UsingKeyword.GetLocation());
                case UsingStatementSyntax usingStatement when usingStatement.Declaration is { } declaration:
                    return Using(Resources(declaration), usingStatement.UsingKeyword.GetLocation());
                case UsingStatementSyntax { Expression: { } resource } usingStatement:
                    return MayBeOtherSide(resource) ? Using([TypeAlone(resource)], usingStatement.UsingKeyword.GetLocation()) : null;
                case ImplicitObjectCreationExpressionSyntax creation:
                    return ImplicitCreation(creation);
                default:
                    return null;
            }
        }

        private bool OtherSideBears(string name) => _owner._sideNames.Value.Of(name).MayCross(_codeSide, _container);

        /// <summary>
        /// Whether the other side's member of this name could be picked from <paramref name="operand"/>: some symbol
        /// of the other side bears the name, and it is an extension, or the operand's type (bound alone, where it
        /// stands, without binding its member's body) has such a member in its hierarchy. Unknown types count.
        /// </summary>
        private bool MayPick(ExpressionSyntax? operand, params string[] names)
        {
            if (operand is null or LiteralExpressionSyntax or InterpolatedStringExpressionSyntax)
            {
                return false;
            }

            var borne = false;
            foreach (var name in names)
            {
                var sides = _owner._sideNames.Value.Of(name);
                if (sides.MayCross(_codeSide, _container))
                {
                    if (sides.OtherMayExtend(_codeSide))
                    {
                        return true;
                    }

                    borne = true;
                }
            }

            if (!borne || !MayBeOtherSide(operand))
            {
                return false;
            }

            var type = TypeAlone(operand);
            if (type is null)
            {
                return true;
            }

            foreach (var name in names)
            {
                if (_owner._receivers.HasOtherSideMember(type, name, _codeSide, _configuration))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether an expression can have a type of the other side (or one with the other side's members) at all,
        /// judged from its text: a bare name (a local, parameter or field, whose type binding tells cheaply), or an
        /// expression with a name that the other side's types bear or that hands out their values. Literals,
        /// lambdas, creations (their type is named and judged as a name) and the like cannot.
        /// </summary>
        private bool MayBeOtherSide(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            switch (expression)
            {
                case IdentifierNameSyntax:
                    return true;
                case LiteralExpressionSyntax or InterpolatedStringExpressionSyntax or AnonymousFunctionExpressionSyntax or
                    BaseObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or
                    CollectionExpressionSyntax or TupleExpressionSyntax or DefaultExpressionSyntax or TypeOfExpressionSyntax or
                    SizeOfExpressionSyntax or ThisExpressionSyntax or BaseExpressionSyntax:
                    return false;
            }

            return AnyNameCarries(expression, _owner._sideNames.Value, _codeSide, _container);
        }

        /// <summary>The type of an expression, or null when that cannot tell.</summary>
        private ITypeSymbol? TypeAlone(ExpressionSyntax expression)
        {
            // A parameter of the method the code is in, read from its signature when no lambda or local function
            // lies between (no local of the method's own body may take a parameter's name).
            if (expression is IdentifierNameSyntax identifier && _container is IMethodSymbol { Parameters.IsEmpty: false } method &&
                !identifier.Ancestors().TakeWhile(a => a is not MemberDeclarationSyntax).Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or QueryExpressionSyntax))
            {
                foreach (var parameter in method.Parameters)
                {
                    if (parameter.Name == identifier.Identifier.ValueText)
                    {
                        return Known(parameter.Type);
                    }
                }
            }

            // Anything else, a bare name too, is bound where it stands: the member's binding is kept by the semantic
            // model, so the other constructs of the same member are then read from it. (Looking a bare name up in scope
            // instead cost more: a lookup is not kept, and a member whose constructs reach this far is bound anyway.)
            var type = _model.GetTypeInfo(expression, _cancellationToken).Type;
            _owner._receivers.NoteBound(expression);
            return Known(type);
        }

        private static ITypeSymbol? Known(ITypeSymbol? type) =>
            type is null or IErrorTypeSymbol || type.TypeKind is TypeKind.Error or TypeKind.Dynamic or TypeKind.TypeParameter ? null : type;

        /// <summary>Whether a type alone may make its use a crossing: it is the other side's, or has a member of one of the names there.</summary>
        private bool MayCrossThrough(ITypeSymbol? type, params string[] names)
        {
            if (type is null)
            {
                return true;
            }

            if (Type(type, Location.None) is not null)
            {
                return true;
            }

            foreach (var name in names)
            {
                if (_owner._receivers.HasOtherSideMember(type, name, _codeSide, _configuration) || _owner._sideNames.Value.Of(name).OtherMayExtend(_codeSide))
                {
                    return true;
                }
            }

            return false;
        }

        private NamelessUse? Crossing(ISymbol? symbol, Location location, ISymbol? personalData = null)
        {
            // A record's compiler-made == compares values; it reads nothing a vendor wrote.
            if (symbol is null or IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator, IsImplicitlyDeclared: true })
            {
                return null;
            }

            return BoundaryCrossed.Crosses(_codeSide, _owner._boundary.SideOf(symbol, _configuration)) ? new NamelessUse(symbol, location, personalData) : null;
        }

        /// <summary>A type of the other side (a constructed type counts by its definition), reached by a value of it.</summary>
        private NamelessUse? Type(ITypeSymbol? type, Location location)
        {
            // An array or a framework collection of the other side's objects only holds them; its own type must be the other side's.
            if (type is null or IErrorTypeSymbol or IArrayTypeSymbol || type.TypeKind is TypeKind.Error or TypeKind.Dynamic or TypeKind.TypeParameter)
            {
                return null;
            }

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            return BoundaryCrossed.Crosses(_codeSide, _owner._boundary.SideOf(type, _configuration)) ? new NamelessUse(type, location) : null;
        }

        private NamelessUse? Operator(SyntaxNode node, string operatorName)
        {
            var mayPick = node switch
            {
                BinaryExpressionSyntax binary => MayPick(binary.Left, operatorName) || MayPick(binary.Right, operatorName),
                AssignmentExpressionSyntax assignment => MayPick(assignment.Left, operatorName) || MayPick(assignment.Right, operatorName),
                PrefixUnaryExpressionSyntax prefix => MayPick(prefix.Operand, operatorName),
                PostfixUnaryExpressionSyntax postfix => MayPick(postfix.Operand, operatorName),
                _ => false,
            };
            if (!mayPick)
            {
                return null;
            }

            var token = node switch
            {
                BinaryExpressionSyntax binary => binary.OperatorToken,
                AssignmentExpressionSyntax assignment => assignment.OperatorToken,
                PrefixUnaryExpressionSyntax prefix => prefix.OperatorToken,
                PostfixUnaryExpressionSyntax postfix => postfix.OperatorToken,
                _ => node.GetFirstToken(),
            };
            var method = _model.GetSymbolInfo(node, _cancellationToken).Symbol as IMethodSymbol;
            return method is { MethodKind: MethodKind.UserDefinedOperator } ? Crossing(method, token.GetLocation()) : null;
        }

        private NamelessUse? Cast(CastExpressionSyntax cast)
        {
            if (!MayPick(cast.Expression, WellKnownMemberNames.ExplicitConversionName, WellKnownMemberNames.ImplicitConversionName))
            {
                return null;
            }

            var location = Location.Create(cast.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(cast.OpenParenToken.SpanStart, cast.CloseParenToken.Span.End));
            for (var operation = _model.GetOperation(cast, _cancellationToken); operation is IConversionOperation conversion; operation = conversion.Operand)
            {
                if (conversion.OperatorMethod is { } method)
                {
                    return Crossing(method, location);
                }
            }

            return null;
        }

        private NamelessUse? ImplicitConversion(ExpressionSyntax expression)
        {
            // `var x = …` converts nothing.
            if (expression is CastExpressionSyntax ||
                expression.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type: IdentifierNameSyntax { IsVar: true } } } } ||
                !MayPick(expression, WellKnownMemberNames.ImplicitConversionName))
            {
                return null;
            }

            var conversion = _model.GetConversion(expression, _cancellationToken);
            return conversion.IsUserDefined && conversion.MethodSymbol is { } method ? Crossing(method, expression.GetLocation()) : null;
        }

        private NamelessUse? Indexer(SyntaxNode node)
        {
            var receiver = node switch
            {
                ElementAccessExpressionSyntax access => access.Expression,
                ElementBindingExpressionSyntax binding => binding.FirstAncestorOrSelf<ConditionalAccessExpressionSyntax>()?.Expression,
                _ => null,
            };
            var borne = OtherSideBears(WellKnownMemberNames.Indexer) || OtherSideBears("get_Item") || OtherSideBears("set_Item");
            if (!borne || (receiver is not null && (!MayBeOtherSide(receiver) ||
                (TypeAlone(receiver) is { } indexed && !_owner._receivers.HasOtherSideMember(indexed, WellKnownMemberNames.Indexer, _codeSide, _configuration)))))
            {
                return null;
            }

            var location = node switch
            {
                ElementAccessExpressionSyntax access => access.ArgumentList.GetLocation(),
                ElementBindingExpressionSyntax binding => binding.ArgumentList.GetLocation(),
                ImplicitElementAccessSyntax implicitAccess => implicitAccess.ArgumentList.GetLocation(),
                _ => node.GetLocation(),
            };
            return _model.GetSymbolInfo(node, _cancellationToken).Symbol is IPropertySymbol { IsIndexer: true } indexer ? Crossing(indexer, location) : null;
        }

        private NamelessUse? ForEach(CommonForEachStatementSyntax forEach)
        {
            var location = forEach.ForEachKeyword.GetLocation();
            if (forEach is ForEachStatementSyntax &&
                (!MayBeOtherSide(forEach.Expression) || !MayCrossThrough(TypeAlone(forEach.Expression), WellKnownMemberNames.GetEnumeratorMethodName, WellKnownMemberNames.GetAsyncEnumeratorMethodName)))
            {
                return null;
            }

            var info = _model.GetForEachStatementInfo(forEach);
            _cancellationToken.ThrowIfCancellationRequested();
            return Crossing(info.GetEnumeratorMethod, location) ??
                Crossing(info.MoveNextMethod, location) ??
                Crossing(info.CurrentProperty, location) ??
                Type(_model.GetTypeInfo(forEach.Expression, _cancellationToken).Type, location) ??
                (forEach is ForEachVariableStatementSyntax variable ? Deconstruction(variable, variable.Variable.GetLocation()) : null);
        }

        private NamelessUse? Query(QueryExpressionSyntax query)
        {
            var from = query.FromClause;
            var found = Type(_model.GetTypeInfo(from.Expression, _cancellationToken).Type, from.FromKeyword.GetLocation()) ?? Clause(from, from.FromKeyword);
            for (var body = query.Body; found is null && body is not null; body = body.Continuation?.Body)
            {
                foreach (var clause in body.Clauses)
                {
                    found ??= clause switch
                    {
                        OrderByClauseSyntax orderBy => orderBy.Orderings.Select(o => Info(_model.GetSymbolInfo(o, _cancellationToken).Symbol, orderBy.OrderByKeyword)).FirstOrDefault(u => u is not null),
                        FromClauseSyntax from2 => Type(_model.GetTypeInfo(from2.Expression, _cancellationToken).Type, from2.FromKeyword.GetLocation()) ?? Clause(clause, clause.GetFirstToken()),
                        JoinClauseSyntax join => Type(_model.GetTypeInfo(join.InExpression, _cancellationToken).Type, join.JoinKeyword.GetLocation()) ?? Clause(clause, clause.GetFirstToken()),
                        _ => Clause(clause, clause.GetFirstToken()),
                    };
                }

                found ??= Info(_model.GetSymbolInfo(body.SelectOrGroup, _cancellationToken).Symbol, body.SelectOrGroup.GetFirstToken());
            }

            return found;
        }

        private NamelessUse? Clause(QueryClauseSyntax clause, SyntaxToken keyword)
        {
            var info = _model.GetQueryClauseInfo(clause, _cancellationToken);
            return Info(info.OperationInfo.Symbol, keyword) ?? Info(info.CastInfo.Symbol, keyword);
        }

        private NamelessUse? Info(ISymbol? symbol, SyntaxToken keyword) => Crossing(symbol, keyword.GetLocation());

        private NamelessUse? Deconstruction(SyntaxNode node, Location location)
        {
            if (node is AssignmentExpressionSyntax { Right: var right } && (!MayBeOtherSide(right) || !MayCrossThrough(TypeAlone(right), WellKnownMemberNames.DeconstructMethodName)))
            {
                return null;
            }

            var info = node switch
            {
                AssignmentExpressionSyntax assignment => _model.GetDeconstructionInfo(assignment),
                ForEachVariableStatementSyntax forEach => _model.GetDeconstructionInfo(forEach),
                _ => default,
            };
            return Deconstructed(info, location);
        }

        private NamelessUse? Deconstructed(DeconstructionInfo info, Location location)
        {
            if (info.Method is { } method && Deconstructor(method, location) is { } found)
            {
                return found;
            }

            foreach (var nested in info.Nested)
            {
                if (Deconstructed(nested, location) is { } inner)
                {
                    return inner;
                }
            }

            return null;
        }

        /// <summary>A <c>Deconstruct</c> of the other side; a record's reads its properties, personal data among them.</summary>
        private NamelessUse? Deconstructor(IMethodSymbol method, Location location)
        {
            var crossing = BoundaryCrossed.Crosses(_codeSide, _owner._boundary.SideOf(method, _configuration));
            if (!crossing)
            {
                return null;
            }

            ISymbol? personalData = null;
            foreach (var parameter in method.Parameters)
            {
                foreach (var member in method.ContainingType.GetMembers(parameter.Name))
                {
                    if (member is IPropertySymbol or IFieldSymbol && _owner._boundary.IsPersonalData(member))
                    {
                        personalData ??= member;
                    }
                }
            }

            return new NamelessUse(method, location, method.IsImplicitlyDeclared ? personalData : null);
        }

        private NamelessUse? RecursivePattern(RecursivePatternSyntax pattern)
        {
            if (_model.GetOperation(pattern, _cancellationToken) is not IRecursivePatternOperation operation)
            {
                return null;
            }

            var location = pattern.PositionalPatternClause?.GetLocation() ?? pattern.GetLocation();
            if (pattern.PositionalPatternClause is not null && operation.DeconstructSymbol is IMethodSymbol deconstruct && Deconstructor(deconstruct, location) is { } found)
            {
                return found;
            }

            // A positional pattern on a tuple-like type without Deconstruct (ITuple) still reads the other side's value.
            return pattern.Type is null && pattern.PositionalPatternClause is not null ? Type(operation.MatchedType, location) : null;
        }

        private NamelessUse? ListPattern(ListPatternSyntax list)
        {
            if (_model.GetOperation(list, _cancellationToken) is not IListPatternOperation operation)
            {
                return null;
            }

            var location = list.GetLocation();
            return Crossing(operation.IndexerSymbol, location) ?? Crossing(operation.LengthSymbol, location) ?? Type(operation.InputType, location);
        }

        private NamelessUse? CollectionExpression(CollectionExpressionSyntax collection)
        {
            var location = collection.OpenBracketToken.GetLocation();

            // The other side's collection types declare how they are enumerated or filled; a spread enumerates one.
            if (!OtherSideBears(WellKnownMemberNames.GetEnumeratorMethodName) && !OtherSideBears("Add") &&
                !collection.Elements.Any(e => e is SpreadElementSyntax))
            {
                return null;
            }

            if (_model.GetOperation(collection, _cancellationToken) is ICollectionExpressionOperation operation)
            {
                var found = Crossing(operation.ConstructMethod, location) ?? Type(operation.Type, location);
                foreach (var element in operation.Elements)
                {
                    // [.. roster] enumerates the other side's collection, as foreach does.
                    found ??= element is ISpreadOperation spread ? Type(spread.Operand.Type, spread.Syntax.GetLocation()) : null;
                }

                return found;
            }

            return Type(_model.GetTypeInfo(collection, _cancellationToken).ConvertedType, location);
        }

        private NamelessUse? CollectionInitializer(InitializerExpressionSyntax initializer)
        {
            if (!OtherSideBears("Add") ||
                (initializer.Parent is ObjectCreationExpressionSyntax { Type: var made } && !_owner._sideNames.Value.Of("Add").OtherMayExtend(_codeSide) &&
                 _model.GetSpeculativeTypeInfo(made.SpanStart, made, SpeculativeBindingOption.BindAsTypeOrNamespace).Type is { TypeKind: not TypeKind.Error } madeType &&
                 !_owner._receivers.HasOtherSideMember(madeType, "Add", _codeSide, _configuration)))
            {
                return null;
            }

            foreach (var element in initializer.Expressions)
            {
                var add = _model.GetCollectionInitializerSymbolInfo(element, _cancellationToken).Symbol;
                if (Crossing(add, element.GetLocation()) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        private NamelessUse? Await(AwaitExpressionSyntax awaited)
        {
            if (!MayPick(awaited.Expression, WellKnownMemberNames.GetAwaiter))
            {
                return null;
            }

            var location = awaited.AwaitKeyword.GetLocation();
            var info = _model.GetAwaitExpressionInfo(awaited);
            _cancellationToken.ThrowIfCancellationRequested();
            return Crossing(info.GetAwaiterMethod, location) ?? Crossing(info.GetResultMethod, location) ?? Crossing(info.IsCompletedProperty, location);
        }

        /// <summary>The types a using declaration disposes: the type it states, or each initializer's.</summary>
        private IEnumerable<ITypeSymbol?> Resources(VariableDeclarationSyntax declaration)
        {
            if (declaration.Type is not IdentifierNameSyntax { IsVar: true })
            {
                return [_model.GetSpeculativeTypeInfo(declaration.Type.SpanStart, declaration.Type, SpeculativeBindingOption.BindAsTypeOrNamespace).Type];
            }

            return declaration.Variables.Select(v => v.Initializer is { Value: var value } && MayBeOtherSide(value) ? TypeAlone(value) : null);
        }

        private NamelessUse? Using(IEnumerable<ITypeSymbol?> resources, Location location)
        {
            foreach (var type in resources)
            {
                if (type is null)
                {
                    continue;
                }

                for (var current = type; current is not null; current = current.BaseType)
                {
                    foreach (var member in current.GetMembers())
                    {
                        if (member is IMethodSymbol { Name: WellKnownMemberNames.DisposeMethodName or WellKnownMemberNames.DisposeAsyncMethodName, Parameters.IsEmpty: true } ||
                            member is IMethodSymbol { MethodKind: MethodKind.ExplicitInterfaceImplementation } explicitDispose &&
                            explicitDispose.ExplicitInterfaceImplementations.Any(m => m.Name is WellKnownMemberNames.DisposeMethodName or WellKnownMemberNames.DisposeAsyncMethodName))
                        {
                            if (Crossing(member, location) is { } found)
                            {
                                return found;
                            }
                        }
                    }
                }

                // A Dispose inherited from the framework still disposes the other side's object.
                if (Type(type, location) is { } disposed)
                {
                    return disposed;
                }
            }

            return null;
        }

        private NamelessUse? ImplicitCreation(ImplicitObjectCreationExpressionSyntax creation)
        {
            // When the declaration names the type made, its name decides as for any other name.
            if (DeclaredType(creation) is { } declared && !_owner._sideNames.Value.Of(declared).MayCross(_codeSide, _container))
            {
                return null;
            }

            return Crossing(_model.GetSymbolInfo(creation, _cancellationToken).Symbol, creation.NewKeyword.GetLocation());
        }
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
