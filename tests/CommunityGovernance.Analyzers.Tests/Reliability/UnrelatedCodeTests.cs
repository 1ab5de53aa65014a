using System.Globalization;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace CommunityGovernance.Analyzers.Tests.Reliability;

/// <summary>Code that never touches the two sides gets nothing from the analyzers, however it names things.</summary>
public sealed class UnrelatedCodeTests(ITestOutputHelper output)
{
    private const int Groups = 75;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_large_project_that_never_touches_the_sides_gets_no_diagnostic(bool referencesDomain)
    {
        var project = UnrelatedProject.Create(Groups, referencesDomain);
        var compilation = project.Compile();
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var result = await AnalyzerRun.AnalyzeAsync(compilation, project.Options, concurrentAnalysis: true);

        Assert.Empty(result.Failures);
        Assert.Empty(AnalyzerRun.Lines(result.Diagnostics));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{project.Files.Length} files, Domain referenced: {referencesDomain}, 0 diagnostics"));
    }
}
