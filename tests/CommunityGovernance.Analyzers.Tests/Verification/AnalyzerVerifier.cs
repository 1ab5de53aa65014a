using CommunityGovernance.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace CommunityGovernance.Analyzers.Tests.Verification;

/// <summary>
/// Runs the package's one analyzer over a test file plus <see cref="Boundary.Vendor"/>, comparing only the
/// diagnostics of the rules <typeparamref name="TRules"/> names (the others are disabled), with diagnostics in markup.
/// </summary>
internal static class AnalyzerVerifier<TRules>
    where TRules : IRulesUnderTest
{
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, editorConfig: null, OutputKind.DynamicallyLinkedLibrary, expected);

    public static Task VerifyAsync(string source, string? editorConfig, params DiagnosticResult[] expected) =>
        VerifyAsync(source, editorConfig, OutputKind.DynamicallyLinkedLibrary, expected);

    public static async Task VerifyAsync(string source, string? editorConfig, OutputKind outputKind, params DiagnosticResult[] expected)
    {
        (source, var grouped) = GroupedMarkup.Expand(source);
        expected = [.. expected, .. grouped];
        var test = Create(source, editorConfig);
        test.TestState.OutputKind = outputKind;
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<BoundaryAnalyzer, DefaultVerifier>.Diagnostic(id);

    public static CSharpAnalyzerTest<BoundaryAnalyzer, DefaultVerifier> Create(string source, string? editorConfig)
    {
        var test = new CSharpAnalyzerTest<BoundaryAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = Boundary.References,
        };
        test.DisabledDiagnostics.AddRange(RulesUnderTest.All.Except(TRules.Ids));
        test.TestState.AdditionalReferences.AddRange(Boundary.AdditionalReferences);
        test.TestState.Sources.Add(("/0/Vendor.cs", Boundary.Vendor));
        test.TestState.Sources.Add(("/0/Test.cs", source));
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
        }

        return test;
    }
}
