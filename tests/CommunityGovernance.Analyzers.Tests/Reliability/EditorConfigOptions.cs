using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CommunityGovernance.Analyzers.Tests.Reliability;

/// <summary>
/// The options a build would hand the analyzers for an <c>.editorconfig</c>, section matching included, without a
/// workspace: each file gets the options of its own path, as in a real build.
/// </summary>
internal sealed class EditorConfigOptions : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet? _set;

    /// <param name="path">Where the file lives, e.g. <c>/sample/.editorconfig</c>; sections match below it.</param>
    /// <param name="text">The file's text, or <see langword="null"/> for no configuration at all.</param>
    public EditorConfigOptions(string path, string? text)
    {
        _set = text is null ? null : AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(text, path)));
    }

    public override AnalyzerConfigOptions GlobalOptions => Values.Empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => For(tree.FilePath);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => For(textFile.Path);

    private Values For(string path) =>
        _set is null ? Values.Empty : new Values(_set.GetOptionsForSourcePath(path).AnalyzerOptions);

    private sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
