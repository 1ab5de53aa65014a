using System.Globalization;
using Wenjiang.Report;
using Wenjiang.Scenario;

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
}
