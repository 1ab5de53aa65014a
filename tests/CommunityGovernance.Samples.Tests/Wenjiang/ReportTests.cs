using System.Globalization;
using CommunityGovernance.PropertyTesting;
using CommunityGovernance.Tests;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Snapshooter.Xunit;
using Wenjiang.Report;
using Wenjiang.Scenario;

namespace CommunityGovernance.Samples.Tests.Wenjiang;

public sealed class ReportTests
{
    [Fact]
    public void The_printed_report_matches_its_snapshot()
    {
        CommittedSnapshot.Match(ScenarioRun.Report(ScenarioRun.Result, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Two_runs_print_the_same_report()
    {
        var again = WenjiangScenario.Run(AppContext.BaseDirectory);

        Assert.Equal(ScenarioRun.Report(ScenarioRun.Result, CultureInfo.InvariantCulture), ScenarioRun.Report(again, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_report_never_prints_personal_data()
    {
        var report = ScenarioRun.Report(ScenarioRun.Result, CultureInfo.InvariantCulture);

        Assert.DoesNotContain("王小明", report, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000000", report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_states_the_real_figures()
    {
        var report = ScenarioRun.Report(ScenarioRun.Result, CultureInfo.InvariantCulture);

        Assert.Contains("温江区 Wenjiang District (510115): 9 streets and townships, 95 communities and villages.", report, StringComparison.Ordinal);
        Assert.Contains("105 rights (1 district + 9 streets + 95 communities)", report, StringComparison.Ordinal);
    }

    // Every specific culture the machine knows, not a sample of them: the report is a record, so a decimal comma or a
    // native digit in any one of them is a defect.
    [Fact]
    public void The_report_reads_the_same_under_every_culture()
    {
        var expected = ScenarioRun.Report(ScenarioRun.Result, CultureInfo.InvariantCulture);
        var cultures = ReportArbitraries.Cultures;

        var differing = cultures.Where(c => ScenarioRun.Report(ScenarioRun.Result, c) != expected).Select(c => c.Name).ToList();

        Assert.True(cultures.Count > 100, $"only {cultures.Count} cultures: is globalization invariant?");
        Assert.Empty(differing);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(ReportArbitraries) })]
    public void Table_columns_line_up_whatever_the_mix_of_Chinese_and_Latin_text(TableCells cells)
    {
        var table = new TextTable("名称 name", "text", ">count");
        foreach (var (name, text, count) in cells.Rows)
        {
            table.Add(name, text, count);
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        table.WriteTo(writer);
        var widths = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Select(TextTable.Width).Distinct();

        // The last column is right-aligned, so a table that lines up has every line equally wide.
        Assert.Single(widths);
    }
}

/// <summary>Rows of mixed Chinese and Latin cells for the table property.</summary>
/// <param name="Rows">The rows.</param>
public sealed record TableCells(IReadOnlyList<(string Name, string Text, int Count)> Rows);

public static class ReportArbitraries
{
    private static readonly CultureInfo[] s_cultures =
        [.. CultureInfo.GetCultures(CultureTypes.SpecificCultures).Where(c => c.Name.Length > 0).OrderBy(c => c.Name, StringComparer.Ordinal)];

    /// <summary>Every specific culture of the machine, by name.</summary>
    public static IReadOnlyList<CultureInfo> Cultures => s_cultures;

    public static Arbitrary<TableCells> Cells()
    {
        var text = Gen.Elements('温', '江', 'a', 'Z', '1', '-', '·').ArrayOf().Select(c => new string(c).Trim());
        var row = from name in text from words in text from count in Gen.Choose(0, 1_000_000) select (name, words, count);
        return row.ListOf().Select(rows => new TableCells([.. rows])).ToArbitrary();
    }
}
