using CommunityGovernance.Demands;
using Wenjiang.Scenario;

namespace Wenjiang.Report;

/// <summary>
/// Section 6, continued: how the cases were handled in practice — the channels they came in through, each stage
/// against its time limit on China's working calendar, the escalations (督办), and Heping's grids (网格) with the case
/// a grid worker reported.
/// </summary>
internal static class CaseHandlingSection
{
    /// <summary>Writes the section.</summary>
    /// <param name="result">The scenario's result.</param>
    /// <param name="writer">Where to.</param>
    public static void Write(WenjiangResult result, TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine("By intake channel (受理渠道):");
        var channels = new TextTable("channel", "渠道", ">demands", ">urgent");
        foreach (var group in result.Demands.Where(d => d.Intake is not null).GroupBy(d => d.Intake!.Channel).OrderBy(g => g.Key))
        {
            channels.Add(group.Key, Chinese(group.Key), group.Count(), group.Count(d => d.Intake!.Urgency == DemandUrgency.Urgent));
        }

        channels.WriteTo(writer);

        writer.WriteLine();
        writer.WriteLine($"Per-stage time limits (环节时限), counted in working days and hours on China's calendar (法定节假日, 调休), as of {Format.Time(result.Now)}:");
        var stages = new TextTable("stage", "环节", "limit", ">ended", ">on time", ">running overdue", ">on-time rate");
        var measured = StageTimeliness.Measure(result.Demands, WorkingCalendar.China, result.Clock);
        foreach (var (stage, metrics) in measured)
        {
            stages.Add(stage, Chinese(stage), StageTimeLimits.Default.For(stage)?.ToString() ?? "—", metrics.Ended, metrics.OnTime, metrics.RunningOverdue, Format.Percent(metrics.OnTimeRate));
        }

        stages.WriteTo(writer);

        writer.WriteLine();
        writer.WriteLine("Escalations (督办) of overdue stages:");
        foreach (var demand in result.Demands.Where(d => d.Escalations.Count > 0))
        {
            foreach (var escalation in demand.Escalations)
            {
                writer.WriteLine($"  {demand.Id} ({demand.Subcategory}): the {escalation.Stage} stage, due {Format.Time(demand.StageDueAt(escalation.Stage, WorkingCalendar.China)!.Value)}, escalated to the {escalation.To} by {escalation.By} on {Format.Time(escalation.At)}: {escalation.Note}");
            }
        }

        if (result.Grids is { } map)
        {
            WriteGrids(result, map, writer);
        }
    }

    private static void WriteGrids(WenjiangResult result, CommunityGovernance.Communities.Grids.GridMap map, TextWriter writer)
    {
        writer.WriteLine();
        var snapshot = map.ToSnapshot();
        writer.WriteLine($"Grids (网格) of {result.Names.ChineseShort(map.Community)} {result.Names.English(map.Community.AreaCode)}: {snapshot.Grids.Count} grids over {map.BuildingCount} buildings, {snapshot.Postings.Count} grid workers (网格员):");
        var grids = new TextTable("grid", "网格", "buildings (楼栋)", "grid workers (网格员)");
        foreach (var grid in snapshot.Grids)
        {
            grids.Add(grid.Id, grid.Name, string.Join(" ", map.BuildingsIn(grid.Id)), string.Join(" ", map.WorkersOf(grid.Id)));
        }

        grids.WriteTo(writer);
        foreach (var gridCase in result.Demands.Where(d => d.Intake?.Channel == IntakeChannel.GridWorker))
        {
            var route = map.RouteOf(gridCase);
            var verification = gridCase.Verifications.LastOrDefault();
            writer.WriteLine(
                $"  {gridCase.Id} ({gridCase.Subcategory}), reported by grid worker {gridCase.Raiser}: routed by grid to {route.Grid} " +
                $"({result.Names.ChineseShort(route.Community)}), handled by {gridCase.Assignee}; " +
                (verification is null ? "not verified yet" : $"checked {verification.Method} by {verification.By} ({(verification.Resolved ? "resolved" : "unresolved")})") +
                $"; {gridCase.Status}; every stage on time: {(Enum.GetValues<DemandStage>().All(s => gridCase.IsStageOnTime(s, WorkingCalendar.China) != false) ? "yes" : "no")}.");
        }
    }

    private static string Chinese(IntakeChannel channel) => channel switch
    {
        IntakeChannel.Hotline12345 => "12345 热线",
        IntakeChannel.GridWorker => "网格员上报",
        IntakeChannel.App => "APP/小程序",
        IntakeChannel.WalkIn => "来访",
        _ => "来信",
    };

    private static string Chinese(DemandStage stage) => stage switch
    {
        DemandStage.Accept => "受理",
        DemandStage.Dispatch => "派单",
        DemandStage.Handle => "办理",
        DemandStage.Verify => "核查/回访",
        _ => "办结",
    };
}
