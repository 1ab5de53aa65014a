using System.Collections.Immutable;
using CommunityGovernance.Analyzers.CodeFixes;
using CommunityGovernance.Analyzers.Generation;
using CommunityGovernance.Analyzers.Rules;
using CommunityGovernance.Analyzers.Tests.Reliability;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CommunityGovernance.Analyzers.Tests.CodeFixes;

/// <summary>
/// A project with only the analyzers package installed gets the boundary attributes generated into its compilation,
/// so that both marking code by hand and the code fix compile; with the Domain package nothing is generated. Both
/// set-ups are built here, before and after the fix.
/// </summary>
public sealed class AnalyzersOnlyTests
{
    private const string Vendor = """
        namespace Vendor.Residents
        {
            public sealed class Resident
            {
                public int Floor { get; set; }
            }
        }

        namespace Vendor.StreetOffice
        {
            public sealed class Desk
            {
                public int Read(Vendor.Residents.Resident resident) => resident.Floor;
            }
        }
        """;

    private const string EditorConfig = """
        root = true

        [*.cs]
        community_governance.administrative_namespaces = Vendor.StreetOffice.*
        community_governance.living_namespaces = Vendor.Residents.*
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_code_fix_compiles_with_the_domain_package_and_with_the_analyzers_package_alone(bool referencesDomain)
    {
        using var workspace = new AdhocWorkspace();
        var project = await ProjectAsync(workspace, Vendor, referencesDomain);
        var options = new EditorConfigOptions(SourceSet.EditorConfigPath, EditorConfig);
        var before = await AnalyzerRun.AnalyzeAsync((await project.GetCompilationAsync())!, options, concurrentAnalysis: false);
        var crossings = before.Diagnostics.Where(d => d.Id == BoundaryRules.BoundaryCrossedId).ToList();
        Assert.Empty(before.Failures);
        Assert.NotEmpty(crossings);

        var document = project.GetDocument(crossings[0].Location.SourceTree)!;
        var actions = new List<CodeAction>();
        await new SanctionedCrossingCodeFix().RegisterCodeFixesAsync(new CodeFixContext(document, crossings[0], (a, _) => actions.Add(a), CancellationToken.None));
        var apply = (await Assert.Single(actions).GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        var fixedProject = apply.ChangedSolution.GetProject(project.Id)!;
        var fixedCompilation = (await fixedProject.GetCompilationAsync())!;

        Assert.Empty(fixedCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var fixedText = (await fixedProject.GetDocument(document.Id)!.GetTextAsync()).ToString();
        Assert.Contains("using CommunityGovernance.Boundaries;", fixedText, StringComparison.Ordinal);
        Assert.Contains("[SanctionedCrossing(\"\")]", fixedText, StringComparison.Ordinal);
        var after = await AnalyzerRun.AnalyzeAsync(fixedCompilation, options, concurrentAnalysis: false);
        Assert.DoesNotContain(after.Diagnostics, d => d.Id == BoundaryRules.BoundaryCrossedId);
        Assert.Contains(after.Diagnostics, d => d.Id == BoundaryRules.CrossingWithoutReasonId);
    }

    [Fact]
    public void The_attributes_are_generated_only_when_the_domain_package_is_absent()
    {
        Assert.Single(Generate(referencesDomain: false));
        Assert.Empty(Generate(referencesDomain: true));
    }

    [Fact]
    public async Task Attributes_written_by_hand_in_an_analyzers_only_project_give_sides_and_diagnostics()
    {
        const string Marked = """
            using CommunityGovernance.Boundaries;

            [LivingSide]
            public sealed class Resident
            {
                [PersonalData] public string Name { get; set; } = "";
            }

            [AdministrativeSide]
            public sealed class Desk
            {
                public string Read(Resident resident) => resident.Name;
            }
            """;
        using var workspace = new AdhocWorkspace();
        var project = await ProjectAsync(workspace, Marked, referencesDomain: false);
        var compilation = (await project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var analysis = await AnalyzerRun.AnalyzeAsync(compilation, new EditorConfigOptions(SourceSet.EditorConfigPath, null), concurrentAnalysis: false);
        Assert.Contains(analysis.Diagnostics, d => d.Id == BoundaryRules.BoundaryCrossedId);
        Assert.Contains(analysis.Diagnostics, d => d.Id == BoundaryRules.PersonalDataReadId);
    }

    /// <summary>The project as a build would see it: the sources, and whatever the package's generator adds.</summary>
    private static async Task<Project> ProjectAsync(AdhocWorkspace workspace, string source, bool referencesDomain)
    {
        var references = new SourceSet([], null, referencesDomain).References;
        var id = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(id, VersionStamp.Default, "Vendor", "Vendor", LanguageNames.CSharp,
                compilationOptions: SourceSet.CompilationOptions, parseOptions: SourceSet.ParseOptions, metadataReferences: references))
            .AddDocument(DocumentId.CreateNewId(id), "Vendor.cs", SourceText.From(source), filePath: "/project/Vendor.cs");
        var project = solution.GetProject(id)!;
        foreach (var generated in Generate(referencesDomain, (await project.GetCompilationAsync())!))
        {
            project = project.AddDocument(generated.HintName, generated.SourceText, filePath: "/project/obj/" + generated.HintName).Project;
        }

        return project;
    }

    private static ImmutableArray<GeneratedSourceResult> Generate(bool referencesDomain, Compilation? compilation = null)
    {
        compilation ??= CSharpCompilation.Create("Vendor", [CSharpSyntaxTree.ParseText("public sealed class Desk { }", SourceSet.ParseOptions)], new SourceSet([], null, referencesDomain).References, SourceSet.CompilationOptions);
        var driver = CSharpGeneratorDriver.Create(new BoundaryAttributesGenerator()).RunGenerators(compilation);
        return driver.GetRunResult().Results.Single().GeneratedSources;
    }
}
