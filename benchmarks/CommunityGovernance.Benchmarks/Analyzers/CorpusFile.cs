using System.Text;

namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>Writes one generated file line by line, remembering what each line plants.</summary>
internal sealed class CorpusFile(string path)
{
    private readonly StringBuilder _text = new();
    private readonly List<PlantedKind> _kinds = [];
    private readonly Dictionary<string, PlantedKind> _types = [];

    public string Path { get; } = path;

    /// <summary>Appends one line; <paramref name="kind"/> is what a tool flagging this line would have found.</summary>
    public void Line(string text, PlantedKind kind = PlantedKind.Scaffolding)
    {
        _text.Append(text).Append('\n');
        _kinds.Add(kind);
    }

    /// <summary>Appends several lines of one kind (a multi-line raw string).</summary>
    public void Lines(string text, PlantedKind kind)
    {
        foreach (var line in text.Split('\n'))
        {
            Line(line, kind);
        }
    }

    /// <summary>Records what a type holds, for the IL tools that report types rather than lines.</summary>
    public void Type(string fullName, PlantedKind kind) => _types[fullName] = kind;

    public GeneratedFile Build() => new(Path, _text.ToString(), [.. _kinds], _types);
}

/// <summary>A generated source file with the kind of each line (index 0 is line 1) and of each type it declares.</summary>
public sealed record GeneratedFile(string Path, string Text, PlantedKind[] LineKinds, IReadOnlyDictionary<string, PlantedKind> TypeKinds);
