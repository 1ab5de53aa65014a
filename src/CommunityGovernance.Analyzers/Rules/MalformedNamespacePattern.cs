using System.Collections.Generic;
using System.Threading;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CommunityGovernance.Analyzers.Rules;

/// <summary>
/// CGB004, malformed side namespace pattern: a pattern in <c>.editorconfig</c> that cannot place code on a side, so
/// that a mistake in configuring the sides is never silently ignored. The patterns are parsed by
/// <see cref="SideConfiguration"/>; this rule reports what it found, once per compilation.
/// </summary>
internal static class MalformedNamespacePattern
{
    /// <summary>
    /// Each malformed pattern once, on the first token of the first file whose options carry it, where a
    /// <c>#pragma</c> or suppression file can still reach it. Run at the compilation's end, after every file's
    /// options have been read.
    /// </summary>
    public static void Report(CompilationAnalysisContext context, BoundaryContext boundary)
    {
        var reported = new HashSet<PatternProblem>();
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            foreach (var problem in boundary.ConfigurationFor(tree).Problems)
            {
                if (reported.Add(problem))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        BoundaryRules.MalformedNamespacePattern,
                        Location.Create(tree, FirstTokenSpan(tree, context.CancellationToken)),
                        problem.Pattern,
                        problem.Key,
                        Resources.Get(problem.Reason)));
                }
            }
        }
    }

    private static TextSpan FirstTokenSpan(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var first = tree.GetRoot(cancellationToken).GetFirstToken(includeZeroWidth: true);
        return first.RawKind == 0 ? new TextSpan(0, 0) : first.Span;
    }
}
