using Wenjiang.Scenario;

namespace Wenjiang.Report;

/// <summary>Prints the scenario's result as a readable report, section by section.</summary>
internal static class WenjiangReport
{
    /// <summary>Writes the whole report.</summary>
    /// <param name="result">The scenario's result.</param>
    /// <param name="writer">Where to write it.</param>
    public static void Write(WenjiangResult result, TextWriter writer)
    {
        writer.WriteLine("温江区城市社区治理 · Wenjiang District community governance, 2026");
        writer.WriteLine($"Report drawn up at {Format.Time(result.Now)} (Beijing time) by a fixed clock; random seed {result.Seed}.");
        HierarchySection.Write(result, writer);
        CoverageSection.Write(result, writer);
        RightsSection.Write(result, writer);
        CrossingsSection.Write(result, writer);
        ActorsSection.Write(result, writer);
        ResponseSection.Write(result, writer);
        CaseHandlingSection.Write(result, writer);
        ParticipationSection.Write(result, writer);
        ProgrammeSection.Write(result, writer);
        CommunityProgrammeSection.Write(result, writer);
        CommunityBuildingSection.Write(result, writer);
    }
}
