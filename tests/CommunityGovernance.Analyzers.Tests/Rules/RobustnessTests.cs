using CommunityGovernance.Analyzers.Rules;
using CommunityGovernance.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CommunityGovernance.Analyzers.Tests.Rules;

/// <summary>Incomplete code, as typed in an editor, never makes an analyzer throw (AD0001) or guess.</summary>
public sealed class RobustnessTests
{
    private const string Incomplete = """
        using CommunityGovernance.Boundaries;
        using CommunityGovernance.Communities;
        using Vendor.Residents;

        [AdministrativeSide]
        public sealed class HalfTyped
        {
            public void Run(AdministrativeCommunityId admin, LivingCommunityId living)
            {
                var r = new Resid
                var same = admin == ;
                Unknown.Call(living.
                object o = admin; if (o is Missing m) { }
                var x = new LivingCommunityId(
            }

            [SanctionedCrossing(]
            public void Broken( { }
        }

        [assembly: LivingSide
        """;

    [Fact]
    public async Task No_analyzer_throws_on_incomplete_code()
    {
        var tree = CSharpSyntaxTree.ParseText(Incomplete, path: "/0/Test.cs");
        var vendor = CSharpSyntaxTree.ParseText(Boundary.Vendor, path: "/0/Vendor.cs");
        var compilation = CSharpCompilation.Create(
            "Incomplete",
            [vendor, tree],
            Boundary.AdditionalReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.NotEmpty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        DiagnosticAnalyzer[] analyzers = [new BoundaryAnalyzer()];
        var diagnostics = await compilation.WithAnalyzers([.. analyzers], options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task Code_without_the_domain_or_patterns_is_left_alone()
    {
        var test = new CSharpAnalyzerTest<BoundaryAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = Boundary.References,
            TestCode = "public sealed class Plain { public int Twice(int x) => x * 2; }",
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        await test.RunAsync();
    }
}
