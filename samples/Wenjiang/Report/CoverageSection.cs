using Wenjiang.Scenario;

namespace Wenjiang.Report;

/// <summary>Section 2: the living communities and the jurisdictions their buildings lie in.</summary>
/// <remarks>No side attribute: it reads the coverage register, the crossing between the sides.</remarks>
internal static class CoverageSection
{
    /// <summary>Writes the section.</summary>
    /// <param name="result">The scenario's result.</param>
    /// <param name="writer">Where to.</param>
    public static void Write(WenjiangResult result, TextWriter writer)
    {
        Format.Heading(writer, "2. 生活共同体社区与覆盖 Living communities and coverage");
        var table = new TextTable("living community", "生活共同体社区", "English", ">小区 compounds", ">楼栋 buildings", "lies in (行政社区 administrative community: buildings)");
        foreach (var plan in result.LivingPlans)
        {
            var jurisdictions = result.Coverage.JurisdictionsSpannedBy(plan.Id)
                .Select(j => $"{result.Names.ChineseShort(j)} {result.Names.English(j.AreaCode)} {j}: {result.Coverage.BuildingsIn(j).Count(plan.Buildings.Contains)}");
            table.Add(plan.Id, plan.Chinese, plan.English, plan.Compounds.Count, plan.Buildings.Count(), string.Join("; ", jurisdictions));
        }

        table.WriteTo(writer);
        var straddling = result.LivingPlans.Where(p => result.Coverage.JurisdictionsSpannedBy(p.Id).Count > 1).Select(p => $"{p.Chinese} {p.English}");
        writer.WriteLine();
        writer.WriteLine($"{result.Coverage.BuildingCount} buildings placed, each in exactly one jurisdiction. Straddling two jurisdictions: {string.Join(", ", straddling)}.");
        result.Coverage.TryGetJurisdiction(CoverageStep.MovedBuilding, out var movedTo);
        writer.WriteLine($"Boundary adjustment {Format.Time(Timeline.BoundaryAdjusted)}: building {CoverageStep.MovedBuilding} moved from {result.Names.ChineseShort(CoverageStep.Huangjinlu)} to {result.Names.ChineseShort(movedTo)} (BuildingMovedBetweenJurisdictions).");
    }
}
