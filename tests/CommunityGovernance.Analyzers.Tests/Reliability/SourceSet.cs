using System.Collections.Immutable;
using CommunityGovernance.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CommunityGovernance.Analyzers.Tests.Reliability;

/// <summary>One file of a project under analysis: a path (which decides the <c>.editorconfig</c> sections) and its text.</summary>
internal sealed record SourceFile(string Path, string Text);

/// <summary>
/// The sources of one project as the analyzers would see them in a build: files, an optional <c>.editorconfig</c>
/// at <see cref="EditorConfigPath"/>, and references (with or without the Domain assembly that carries the
/// boundary attributes).
/// </summary>
internal sealed record SourceSet(ImmutableArray<SourceFile> Files, string? EditorConfig, bool ReferencesDomain = true)
{
    public const string EditorConfigPath = "/project/.editorconfig";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static readonly CSharpCompilationOptions CompilationOptions =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false);

    public ImmutableArray<MetadataReference> References =>
        ReferencesDomain ? Boundary.AdditionalReferences : [.. Basic.Reference.Assemblies.Net100.References.All];

    public EditorConfigOptions Options => new(EditorConfigPath, EditorConfig);

    /// <summary>
    /// Empty compilations whose references are already resolved: adding trees to one reuses its reference manager,
    /// so thousands of mutants do not each rebuild the symbols of the framework's assemblies.
    /// </summary>
    private static readonly CSharpCompilation WithDomain =
        CSharpCompilation.Create("Project", [], Verification.Boundary.AdditionalReferences, CompilationOptions);

    private static readonly CSharpCompilation WithoutDomain =
        CSharpCompilation.Create("Project", [], Basic.Reference.Assemblies.Net100.References.All, CompilationOptions);

    /// <summary>The compilation, without a workspace: for runs that need no code fix.</summary>
    public CSharpCompilation Compile() =>
        (ReferencesDomain ? WithDomain : WithoutDomain).AddSyntaxTrees(Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, f.Path)));
}
