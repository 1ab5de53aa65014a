using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>
/// The baseline: registers the same kinds of actions as our analyzers (a compilation start, syntax-node actions on
/// every name, on the constructs that reach a member without one and on the expressions CGB002 looks at, a symbol
/// start with its end) and does nothing in them, so
/// what it costs is the analyzer driver's own cost of calling an analyzer on every such node.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoOpAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new(
        "NOOP001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Never];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterSyntaxNodeAction(static c => _ = c.Node.RawKind, SyntaxKind.IdentifierName, SyntaxKind.GenericName, SyntaxKind.ImplicitObjectCreationExpression);
            start.RegisterSyntaxNodeAction(
                static c => _ = c.Node.RawKind,
                SyntaxKind.EqualsExpression, SyntaxKind.NotEqualsExpression, SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression,
                SyntaxKind.CastExpression, SyntaxKind.AsExpression, SyntaxKind.IsExpression, SyntaxKind.IsPatternExpression, SyntaxKind.Attribute,
                SyntaxKind.SwitchExpression, SyntaxKind.SwitchStatement);

            // The constructs that reach a member without a name (operators, arguments, indexers, foreach, ...).
            start.RegisterSyntaxNodeAction(static c => _ = c.Node.RawKind, CommunityGovernance.Analyzers.Crossings.NamelessCrossings.Kinds);
            start.RegisterSymbolStartAction(
                symbolStart =>
                {
                    symbolStart.RegisterSyntaxNodeAction(static c => _ = c.Node.RawKind, CommunityGovernance.Analyzers.Identifiers.CollectionKeys.Kinds);
                    symbolStart.RegisterSymbolEndAction(static _ => { });
                },
                SymbolKind.NamedType);
            start.RegisterCompilationEndAction(static _ => { });
        });
    }
}
