using System.Collections.Immutable;
using System.Reflection;
using Basic.Reference.Assemblies;
using CommunityGovernance.Analyzers.Rules;
using CommunityGovernance.Communities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>A compiler-based tool under measurement: plain compilation, or compilation with some analyzers.</summary>
public sealed record RoslynTool(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers, AnalyzerOptions Options)
{
    /// <summary>The name of plain compilation.</summary>
    public const string Plain = "plain compilation";

    /// <summary>The name of the no-op baseline.</summary>
    public const string NoOp = "no-op analyzer";

    /// <summary>The name of our analyzer (every rule, CGB001–CGB006).</summary>
    public const string Ours = "our analyzers";

    /// <summary>BannedApiAnalyzers banning three symbols, as a vendor targets it (<see cref="BannedSymbolsText.Targeted"/>).</summary>
    public const string BannedTargeted = "BannedApiAnalyzers, 3 symbols";

    /// <summary>The tools of the run, plain compilation first.</summary>
    public static IReadOnlyList<RoslynTool> All()
    {
        var none = new AnalyzerOptions([], new SidePatternsProvider());
        return
        [
            new(Plain, [], none),
            new(NoOp, [new NoOpAnalyzer()], none),
            new(Ours, [new BoundaryAnalyzer()], none),
            new("BannedApiAnalyzers", BannedApiAnalyzers(), new AnalyzerOptions(BannedSymbolsText.Of(BannedSymbolsText.BothNamespaces), new SidePatternsProvider())),
            new(BannedTargeted, BannedApiAnalyzers(), new AnalyzerOptions(BannedSymbolsText.Of(BannedSymbolsText.Targeted), new SidePatternsProvider())),
        ];
    }

    /// <summary>Whether this is plain compilation, without analyzers.</summary>
    public bool IsPlain => Analyzers.IsEmpty;

    private static ImmutableArray<DiagnosticAnalyzer> BannedApiAnalyzers()
    {
        // Copied beside the benchmark by the project file; loaded here so that they never analyse the benchmark itself.
        var folder = Path.Combine(AppContext.BaseDirectory, "BannedApiAnalyzers");
        var assemblies = new[] { "Microsoft.CodeAnalysis.BannedApiAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.dll" }
            .Select(name => Assembly.LoadFrom(Path.Combine(folder, name)))
            .ToList();
        return [.. assemblies
            .SelectMany(LoadableTypes)
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) &&
                        t.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];
    }

    // The package's code fixes need Roslyn's Workspaces, which this run does not load; the analyzers do not.
    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partly)
        {
            return partly.Types.OfType<Type>();
        }
    }
}

/// <summary>
/// Compiles the generated corpus in a fresh compilation for every measurement, so no binding is reused; the files
/// are parsed again for each one too (<see cref="Compile(bool)"/>), so that no run finds syntax trees whose nodes,
/// line and pragma maps an earlier run of another tool has already built.
/// </summary>
public sealed class CorpusCompiler
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);
    private readonly IReadOnlyList<GeneratedFile> _corpus;
    private readonly ImmutableArray<SyntaxTree> _trees;

    /// <summary>Parses the corpus.</summary>
    public CorpusCompiler(IReadOnlyList<GeneratedFile> corpus)
    {
        _corpus = corpus;
        _trees = ParseAll();
    }

    /// <summary>A new compilation of the corpus against .NET 10 and the Domain assembly, of the trees parsed once.</summary>
    public CSharpCompilation Compile() => Compile(freshTrees: false);

    /// <summary>A new compilation of the corpus; with <paramref name="freshTrees"/>, of trees parsed anew for it.</summary>
    public CSharpCompilation Compile(bool freshTrees) => CSharpCompilation.Create(
        "Vendor.Corpus",
        freshTrees ? ParseAll() : _trees,
        [.. Net100.References.All,
            MetadataReference.CreateFromFile(typeof(AdministrativeCommunityId).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location)],
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>Runs one tool on a fresh compilation; returns every diagnostic (compiler's and analyzers').</summary>
    public ImmutableArray<Diagnostic> Run(RoslynTool tool) => Run(tool, Compile());

    /// <summary>Runs one tool on <paramref name="compilation"/>, which no other run may have used.</summary>
    public static ImmutableArray<Diagnostic> Run(RoslynTool tool, CSharpCompilation compilation)
    {
        if (tool.IsPlain)
        {
            return compilation.GetDiagnostics();
        }

        var options = new CompilationWithAnalyzersOptions(tool.Options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        return compilation.WithAnalyzers(tool.Analyzers, options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
    }

    /// <summary>Emits the corpus to <paramref name="path"/> for the IL-based tools; fails on any compiler error.</summary>
    public void Emit(string path)
    {
        var result = Compile().Emit(path);
        if (!result.Success)
        {
            throw new InvalidOperationException("the generated corpus does not compile: " +
                string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }
    }

    private ImmutableArray<SyntaxTree> ParseAll() => [.. _corpus.Select(f => CSharpSyntaxTree.ParseText(f.Text, Parse, f.Path))];
}
