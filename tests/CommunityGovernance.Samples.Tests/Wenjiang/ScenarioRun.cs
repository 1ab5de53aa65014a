using System.Globalization;
using Wenjiang.Report;
using Wenjiang.Scenario;
using Wenjiang.Storage;

namespace CommunityGovernance.Samples.Tests.Wenjiang;

/// <summary>One run of the scenario, shared by the tests (it never changes: the scenario is deterministic).</summary>
internal static class ScenarioRun
{
    private static readonly Lazy<WenjiangResult> s_result = new(() => WenjiangScenario.Run(AppContext.BaseDirectory));

    public static WenjiangResult Result => s_result.Value;

    public static string Report(WenjiangResult result, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            WenjiangReport.Write(result, writer);
            return writer.ToString();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    /// <summary>Runs the sample's main job with the given command line, in the invariant culture, and returns what it printed.</summary>
    public static async Task<string> MainJob(params string[] args)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            Assert.Equal(0, await WenjiangProgram.RunAsync(args, writer, AppContext.BaseDirectory));
            return writer.ToString();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
