using Microsoft.CodeAnalysis;

namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>
/// What one tool found in the corpus: per violation kind, how many planted violations it flagged; per legitimate
/// kind, how many findings fell there (false positives). Line tools are scored by file and line; IL tools by type.
/// </summary>
public sealed class Detection
{
    private readonly Dictionary<PlantedKind, int> _planted = [];
    private readonly Dictionary<PlantedKind, int> _found = [];
    private readonly Dictionary<PlantedKind, int> _falsePositives = [];

    private Detection(string tool, string unit)
    {
        Tool = tool;
        Unit = unit;
    }

    /// <summary>The tool scored.</summary>
    public string Tool { get; }

    /// <summary>What a finding is: a diagnostic, or a failing type.</summary>
    public string Unit { get; }

    /// <summary>Every finding of the tool.</summary>
    public int Findings { get; private set; }

    /// <summary>Planted violations of a kind.</summary>
    public int Planted(PlantedKind kind) => _planted.GetValueOrDefault(kind);

    /// <summary>Planted violations of a kind that the tool flagged.</summary>
    public int Found(PlantedKind kind) => _found.GetValueOrDefault(kind);

    /// <summary>Findings that fell on legitimate code of a kind.</summary>
    public int FalsePositives(PlantedKind kind) => _falsePositives.GetValueOrDefault(kind);

    /// <summary>All planted violations.</summary>
    public int PlantedTotal => _planted.Values.Sum();

    /// <summary>All planted violations found.</summary>
    public int FoundTotal => _found.Values.Sum();

    /// <summary>All findings outside planted violations.</summary>
    public int FalsePositiveTotal => _falsePositives.Values.Sum();

    /// <summary>Scores an analyzer's diagnostics (compiler diagnostics are ignored) by the line each sits on.</summary>
    public static Detection OfDiagnostics(string tool, IReadOnlyList<GeneratedFile> corpus, IEnumerable<Diagnostic> diagnostics)
    {
        var detection = new Detection(tool, "diagnostics");
        var files = corpus.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var file in corpus)
        {
            foreach (var kind in file.LineKinds.Where(k => k.IsViolation()))
            {
                detection._planted[kind] = detection.Planted(kind) + 1;
            }
        }

        var flaggedViolations = new HashSet<(string, int)>();
        foreach (var diagnostic in diagnostics.Where(d => !d.Id.StartsWith("CS", StringComparison.Ordinal)))
        {
            detection.Findings++;
            var span = diagnostic.Location.GetLineSpan();
            var kind = diagnostic.Location.IsInSource && files.TryGetValue(span.Path, out var file)
                ? file.LineKinds[span.StartLinePosition.Line]
                : PlantedKind.Scaffolding;
            if (!kind.IsViolation())
            {
                detection._falsePositives[kind] = detection.FalsePositives(kind) + 1;
            }
            else if (flaggedViolations.Add((span.Path, span.StartLinePosition.Line)))
            {
                detection._found[kind] = detection.Found(kind) + 1;
            }
        }

        return detection;
    }

    /// <summary>Scores an IL tool's failing types by what each generated type holds.</summary>
    public static Detection OfTypes(string tool, IReadOnlyList<GeneratedFile> corpus, IEnumerable<string> failingTypes)
    {
        var detection = new Detection(tool, "failing types");
        var types = corpus.SelectMany(f => f.TypeKinds).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var kind in types.Values.Where(k => k.IsViolation()))
        {
            detection._planted[kind] = detection.Planted(kind) + 1;
        }

        // A lambda's closure class is reported on its own; it belongs to the type that declares the lambda.
        foreach (var type in failingTypes.Select(t => t.Split('/', '+')[0]).Distinct(StringComparer.Ordinal))
        {
            detection.Findings++;
            var kind = types.GetValueOrDefault(type, PlantedKind.CoreDeclarations);
            var counts = kind.IsViolation() ? detection._found : detection._falsePositives;
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
        }

        return detection;
    }
}
