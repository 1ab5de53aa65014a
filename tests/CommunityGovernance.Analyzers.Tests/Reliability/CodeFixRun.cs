using System.Collections.Immutable;
using CommunityGovernance.Analyzers.CodeFixes;
using CommunityGovernance.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace CommunityGovernance.Analyzers.Tests.Reliability;

/// <summary>
/// Runs the code fix as an IDE would: offers it on each CGB001, applies every offered action, then Fix All in
/// document and project scope (the solution here holds one project), and analyses the project Fix All produced
/// again. Any exception, and any analyzer failure on the fixed code, is a finding.
/// </summary>
internal static class CodeFixRun
{
    /// <summary>At most this many single fixes per project, so that a mutant with many crossings stays cheap.</summary>
    private const int SingleFixesPerProject = 4;

    public static async Task<(AnalysisResult Analysis, ImmutableArray<string> Failures)> FixAsync(SourceSet sources, CancellationToken cancellationToken = default)
    {
        var failures = new List<string>();
        using var workspace = new AdhocWorkspace();
        var project = AddProject(workspace, sources);
        var compilation = await project.GetCompilationAsync(cancellationToken) ?? throw new InvalidOperationException("No compilation.");
        var analysis = await AnalyzerRun.AnalyzeAsync(compilation, sources.Options, concurrentAnalysis: true, cancellationToken);
        failures.AddRange(analysis.Failures);
        var crossings = analysis.Diagnostics.Where(d => d.Id == BoundaryRules.BoundaryCrossedId && d.Location.IsInSource).ToImmutableArray();
        if (crossings.IsEmpty)
        {
            return (analysis, [.. failures]);
        }

        var fix = new SanctionedCrossingCodeFix();
        string? equivalenceKey = null;
        foreach (var crossing in crossings.Take(SingleFixesPerProject))
        {
            var document = project.Solution.GetDocument(crossing.Location.SourceTree);
            if (document is null)
            {
                continue;
            }

            var actions = new List<CodeAction>();
            await Guarded(failures, "register", () => fix.RegisterCodeFixesAsync(new CodeFixContext(document, crossing, (a, _) => actions.Add(a), cancellationToken)));
            foreach (var action in actions)
            {
                equivalenceKey ??= action.EquivalenceKey;
                await Guarded(failures, "apply", () => ChangedTextsAsync(action, project.Solution, cancellationToken));
            }
        }

        if (equivalenceKey is null)
        {
            return (analysis, [.. failures]);
        }

        var provider = new KnownDiagnostics(crossings);
        foreach (var scope in new[] { FixAllScope.Document, FixAllScope.Project })
        {
            var document = project.Solution.GetDocument(crossings[0].Location.SourceTree)!;
            var context = new FixAllContext(document, fix, scope, equivalenceKey, [BoundaryRules.BoundaryCrossedId], provider, cancellationToken);
            await Guarded(failures, "fix all in " + scope, async () =>
            {
                var action = await fix.GetFixAllProvider().GetFixAsync(context);
                if (action is not null)
                {
                    var changed = await ChangedTextsAsync(action, project.Solution, cancellationToken);
                    if (scope == FixAllScope.Project)
                    {
                        var fixedCompilation = await changed.GetProject(project.Id)!.GetCompilationAsync(cancellationToken);
                        var again = await AnalyzerRun.AnalyzeAsync(fixedCompilation!, sources.Options, concurrentAnalysis: true, cancellationToken);
                        failures.AddRange(again.Failures.Select(f => "after fix all: " + f));
                    }
                }
            });
        }

        return (analysis, [.. failures]);
    }

    private static Project AddProject(AdhocWorkspace workspace, SourceSet sources)
    {
        var id = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            id, VersionStamp.Default, "Project", "Project", LanguageNames.CSharp,
            compilationOptions: SourceSet.CompilationOptions, parseOptions: SourceSet.ParseOptions, metadataReferences: sources.References));
        foreach (var file in sources.Files)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(id), Path.GetFileName(file.Path), SourceText.From(file.Text), filePath: file.Path);
        }

        return solution.GetProject(id)!;
    }

    /// <summary>Applies the action to a copy of the solution and reads every changed text, as a preview does.</summary>
    private static async Task<Solution> ChangedTextsAsync(CodeAction action, Solution solution, CancellationToken cancellationToken)
    {
        var changed = solution;
        foreach (var operation in await action.GetOperationsAsync(cancellationToken))
        {
            if (operation is ApplyChangesOperation apply)
            {
                changed = apply.ChangedSolution;
            }
        }

        foreach (var projectChanges in changed.GetChanges(solution).GetProjectChanges())
        {
            foreach (var documentId in projectChanges.GetChangedDocuments())
            {
                var root = await changed.GetDocument(documentId)!.GetSyntaxRootAsync(cancellationToken);
                _ = root!.ToFullString();
            }
        }

        return changed;
    }

    private static async Task Guarded(List<string> failures, string step, Func<Task> run)
    {
        try
        {
            await run();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            failures.Add($"code fix ({step}) threw {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}");
        }
    }

    /// <summary>Fix All asks for the diagnostics of a scope; these are the ones the analysis already found.</summary>
    private sealed class KnownDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
