using System.Globalization;
using CommunityGovernance.Testing.Actors;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;

namespace CommunityGovernance.Analyzers.Tests.Reliability;

/// <summary>
/// Residents' personal data written into vendor source never come out of our analyzers: no message (in English or
/// Chinese) and no diagnostic property holds a generated resident's name, mobile number or identity number.
/// </summary>
public sealed class PersonalDataInDiagnosticsTests
{
    private static readonly CultureInfo s_chinese = CultureInfo.GetCultureInfo("zh-Hans");

    public static Arbitrary<ResidentData[]> Residents() =>
        Gen.Choose(1, 3).SelectMany(count => Gen.ArrayOf(
            from name in ActorGenerators.PersonNames
            from phone in ActorGenerators.PhoneNumbers
            from identity in ActorGenerators.IdentityNumbers
            select new ResidentData(name.Value, phone.Value, identity.Value),
            count)).ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(PersonalDataInDiagnosticsTests)])]
    public Property No_diagnostic_of_ours_repeats_a_residents_personal_datum(ResidentData[] residents)
    {
        var project = ResidentDataProject.Create(residents);
        var compilation = project.Compile();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length != 0)
        {
            return false.Label("the generated project does not compile: " + errors[0]);
        }

        var result = Analyze(compilation, project);
        var data = residents.SelectMany(r => r.Data).ToArray();
        var leaks = result.Diagnostics
            .SelectMany(d => Texts(d).Select(text => (d.Id, Text: text)))
            .Where(t => data.Any(datum => t.Text.Contains(datum, StringComparison.Ordinal)))
            .Select(t => $"{t.Id}: {t.Text}")
            .ToArray();
        var missing = ResidentDataProject.Rules.Except(result.Diagnostics.Select(d => d.Id)).ToArray();

        return (result.Failures.IsEmpty && missing.Length == 0 && leaks.Length == 0)
            .Label($"failures: {string.Join(" | ", result.Failures)}; rules not reported: {string.Join(", ", missing)}; leaks: {string.Join(" | ", leaks)}")
            .Classify(result.Diagnostics.Length > 20 * residents.Length, "over 20 diagnostics per resident");
    }

    // Everything of a diagnostic a user or a log can see besides its location: the message in both shipped
    // languages, and the properties a code fix reads.
    private static IEnumerable<string> Texts(Diagnostic diagnostic) =>
    [
        diagnostic.GetMessage(CultureInfo.InvariantCulture),
        diagnostic.GetMessage(s_chinese),
        .. diagnostic.Properties.Select(p => $"{p.Key}={p.Value}"),
    ];

    // FsCheck runs the property synchronously; the analysis is awaited here, off the test method.
    private static AnalysisResult Analyze(Compilation compilation, SourceSet project) =>
        AnalyzerRun.AnalyzeAsync(compilation, project.Options, concurrentAnalysis: false).GetAwaiter().GetResult();
}
