using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using Wenjiang.Scenario;

namespace Wenjiang.Report;

/// <summary>Section 6: the response field (回应场) — were demands answered, on time, to the raisers' satisfaction?</summary>
internal static class ResponseSection
{
    /// <summary>Writes the section.</summary>
    /// <param name="result">The scenario's result.</param>
    /// <param name="writer">Where to.</param>
    public static void Write(WenjiangResult result, TextWriter writer)
    {
        Format.Heading(writer, "6. 回应场 Response field: demands (诉求) and their answers");
        var statuses = result.Demands.GroupBy(d => d.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        writer.WriteLine($"{result.Demands.Count} demands raised from {Format.Time(Timeline.FirstDemand)}; status on {Format.Time(result.Now)}: {string.Join(", ", statuses)}.");
        writer.WriteLine();

        var table = new TextTable("community", "社区", ">raised", ">answered", ">on time", ">overdue", ">satisfied/evaluated", ">推诿 buck-passing", ">返工 rework", ">response", ">on-time", ">satisfaction");
        var byCommunity = ResponseField.ByCommunity(result.Demands, result.Clock);
        foreach (var (unit, metrics) in byCommunity.OrderBy(p => p.Key.IsLiving).ThenBy(p => p.Key.ToString(), StringComparer.Ordinal))
        {
            var (english, chinese) = Names(result, unit);
            Add(table, english, chinese, metrics);
        }

        Add(table, "all", "合计", ResponseField.Measure(result.Demands, result.Clock));
        table.WriteTo(writer);

        writer.WriteLine();
        writer.WriteLine("Rolled up through coverage: a demand about a living community counts in every community it spans, and once in its street:");
        var rollUp = new TextTable("street / community", "街道/社区", ">raised", ">answered", ">on time", ">overdue", ">satisfied/evaluated", ">推诿 buck-passing", ">返工 rework", ">response", ">on-time", ">satisfaction");
        var coverage = new[] { result.Coverage };
        var byStreet = ResponseFieldCoverage.ByStreet(result.Demands, coverage, result.Clock);
        var byCovering = ResponseFieldCoverage.ByCommunity(result.Demands, coverage, result.Clock);
        foreach (var (street, metrics) in byStreet.OrderBy(p => p.Key))
        {
            Add(rollUp, result.Names.English(street), result.Names.Chinese(street), metrics);
            foreach (var (community, inCommunity) in byCovering.Where(p => p.Key.StreetCode == street).OrderBy(p => p.Key))
            {
                Add(rollUp, "  " + result.Names.English(community.AreaCode), "  " + result.Names.ChineseShort(community), inCommunity);
            }
        }

        Add(rollUp, "district", "全区", ResponseFieldCoverage.For(result.Demands, coverage, result.District.Code, result.Clock));
        rollUp.WriteTo(writer);

        writer.WriteLine();
        writer.WriteLine("By assignee kind (did the actor answer what was routed to it? `routed` counts the demands whose assignee is of that kind):");
        var byKind = new TextTable("assignee kind", ">routed", ">answered", ">on time", ">overdue", ">satisfied/evaluated", ">推诿 buck-passing", ">response", ">on-time");
        var byAssignee = ResponseField.ByAssignee(result.Demands, result.Clock);
        foreach (var group in byAssignee.GroupBy(p => result.Actors[p.Key].Kind).OrderBy(g => g.Key))
        {
            var m = group.Select(p => p.Value).Aggregate(Sum);
            byKind.Add(group.Key, m.Raised, m.Answered, m.AnsweredOnTime, m.Overdue, $"{m.Satisfied}/{m.Evaluated}", m.BuckPassing, Format.Percent(m.ResponseRate), Format.Percent(m.OnTimeRate));
        }

        byKind.WriteTo(writer);
    }

    private static void Add(TextTable table, string english, string chinese, ResponseMetrics m) =>
        table.Add(english, chinese, m.Raised, m.Answered, m.AnsweredOnTime, m.Overdue, $"{m.Satisfied}/{m.Evaluated}", m.BuckPassing, m.Rework, Format.Percent(m.ResponseRate), Format.Percent(m.OnTimeRate), Format.Percent(m.SatisfactionRate));

    private static (string English, string Chinese) Names(WenjiangResult result, CommunityUnit unit)
    {
        if (unit.IsLiving)
        {
            var plan = result.LivingPlans.Single(p => p.Id == unit.LivingCommunityId);
            return (plan.English + " (living)", plan.Chinese);
        }

        return (result.Names.English(unit.AreaCode), result.Names.ChineseShort(new AdministrativeCommunityId(unit.AreaCode)));
    }

    private static ResponseMetrics Sum(ResponseMetrics a, ResponseMetrics b) => new(
        a.Raised + b.Raised,
        a.WithdrawnUnanswered + b.WithdrawnUnanswered,
        a.Answered + b.Answered,
        a.AnsweredOnTime + b.AnsweredOnTime,
        a.Overdue + b.Overdue,
        a.Evaluated + b.Evaluated,
        a.Satisfied + b.Satisfied,
        a.BuckPassing + b.BuckPassing,
        a.Rework + b.Rework);
}
