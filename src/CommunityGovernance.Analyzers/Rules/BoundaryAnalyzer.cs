using System.Collections.Immutable;
using CommunityGovernance.Analyzers.Crossings;
using CommunityGovernance.Analyzers.Sides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CommunityGovernance.Analyzers.Rules;

/// <summary>
/// The boundary analyzer: every rule of the boundary between the administrative side (行政社区) and the living side
/// (生活共同体社区) — CGB001 boundary crossed, CGB002 identifier spaces mixed, CGB003 personal data read by
/// administrative code, and the configuration rules CGB004–CGB006.
/// </summary>
/// <remarks>
/// One analyzer rather than one per rule: the compiler's analyzer driver walks every declaration's syntax and
/// dispatches its callbacks once per analyzer, so separate analyzers pay that walk again each, and each resolved
/// the boundary attributes and built its caches for itself. The rules share one resolution of the boundary
/// attributes and one cache of sides per compilation. This class only dispatches: each rule's judgement lives in
/// its own class in this folder, one rule id a file, and the machinery two rules share registers one callback
/// for both (<see cref="CrossingFinder"/> for CGB001 and CGB003, <see cref="MarkerAttributes"/> for CGB005 and
/// CGB006). Severities and suppressions apply per rule as usual.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BoundaryAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        BoundaryRules.BoundaryCrossed,
        BoundaryRules.IdentifierSpacesMixed,
        BoundaryRules.PersonalDataRead,
        BoundaryRules.MalformedNamespacePattern,
        BoundaryRules.ConflictingSides,
        BoundaryRules.CrossingWithoutReason);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Nothing can have a side when the attributes are not referenced and no file configures a pattern.
            var boundary = BoundaryContext.TryCreate(start.Compilation, start.Options.AnalyzerConfigOptionsProvider);
            if (boundary is null)
            {
                return;
            }

            start.RegisterCompilationEndAction(end => MalformedNamespacePattern.Report(end, boundary));

            // Markers can be misused only where the side attributes exist.
            if (boundary.Administrative is not null || boundary.Living is not null)
            {
                ConflictingSides.Register(start, boundary);
                MarkerAttributes.Register(start, boundary);
            }

            CrossingFinder.Register(start, boundary);
            IdentifierSpacesMixed.Register(start, boundary);
        });
    }
}
