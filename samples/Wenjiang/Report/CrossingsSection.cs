using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.WorkAccess;
using CommunityGovernance.Communities.WorkAccess.ReadModels;
using Wenjiang.Scenario;

namespace Wenjiang.Report;

/// <summary>Section 4: what crossed between the sides — orders sinking down, personal information read under a legal basis, and the homeowners' assembly's decision carried up.</summary>
internal static class CrossingsSection
{
    /// <summary>Writes the section.</summary>
    /// <param name="result">The scenario's result.</param>
    /// <param name="writer">Where to.</param>
    public static void Write(WenjiangResult result, TextWriter writer)
    {
        Format.Heading(writer, "4. 跨界 Crossings between the two sides");
        writer.WriteLine("行政指令下沉 Administrative orders, sunk through the residents' committee channel:");
        var orders = new TextTable("order", "issuer", "power", "channel (居委会)", "into", ">due", "status", "answered by", "overdue");
        foreach (var order in result.Orders)
        {
            var living = result.LivingPlans.Single(p => p.Id == order.Target);
            orders.Add(
                order.Id,
                order.Issuer,
                Format.Power(order.Power),
                $"{order.Channel.ResidentsCommittee}",
                $"{living.Chinese} {living.English}",
                order.DueOn is { } due ? Format.Date(due) : "—",
                Status(order.Status),
                order.AnsweredBy is { } body ? $"{body.Actor}" : "—",
                order.IsOverdue(result.Clock, Timeline.Zone) ? "yes" : "no");
        }

        orders.WriteTo(writer);
        foreach (var order in result.Orders)
        {
            writer.WriteLine($"  {order.Id}: {order.Task}");
            if (order.DeclineReason is { } reason)
            {
                writer.WriteLine($"    declined: {reason}");
            }
        }

        writer.WriteLine();
        writer.WriteLine("个人信息 Personal-information access log of 光华逸家 Guanghua Yijia (the datum itself is never logged):");
        var log = new TextTable("at", "requester", "subject", "legal basis", "reference", "purpose");
        foreach (var entry in result.PersonalInformation.Log.Entries)
        {
            log.Add(Format.Time(entry.OccurredAt), entry.Requester, entry.Subject, entry.Basis, entry.BasisReference, entry.Purpose);
        }

        log.WriteTo(writer);
        writer.WriteLine($"The lawful access read the unit number only ({result.PersonalInformation.ReadUnit}).");
        writer.WriteLine($"A request without a legal basis was refused ({result.PersonalInformation.RefusedRule}) and logged nothing.");
        WriteWorkAccess(result, writer);
        AssemblySection.Write(result, writer);
    }

    // The community work-access list (社区工作事项准入) and the work set on the committees against it, per community.
    private static void WriteWorkAccess(WenjiangResult result, TextWriter writer)
    {
        writer.WriteLine();
        var list = result.WorkAccess;
        writer.WriteLine($"社区工作事项准入 Community work-access list of {result.Names.Chinese(list.District)}, version {list.VersionCount} in force from {Format.Date(list.EffectiveFrom(list.VersionCount))}:");
        var items = new TextTable("group", "kind", "事项");
        foreach (var item in list.ItemsOf(list.VersionCount).OrderBy(i => i.Group))
        {
            items.Add(Group(item.Group), item.Code, item.Name);
        }

        items.WriteTo(writer);
        writer.WriteLine();
        writer.WriteLine("Work set on the residents' committees (条 through 块), per community:");
        var tasks = result.CommunityTasks.Select(t => t.ToSnapshot()).ToList();
        var counts = new TextTable("community", "社区", ">duties by law", ">assisted work", ">unlisted, coordinated by the street", ">from departments", ">declined", ">open");
        foreach (var group in tasks.GroupBy(t => t.Community).OrderBy(g => g.Key))
        {
            var c = CommunityTaskCounts.Of(group);
            counts.Add(result.Names.English(group.Key.AreaCode), result.Names.ChineseShort(group.Key), c.StatutoryDuties, c.AssistedWork, c.Unlisted, c.FromDepartments, c.Declined, c.Open);
        }

        var all = CommunityTaskCounts.Of(tasks);
        counts.Add("all", "合计", all.StatutoryDuties, all.AssistedWork, all.Unlisted, all.FromDepartments, all.Declined, all.Open);
        counts.WriteTo(writer);
        foreach (var task in tasks.Where(t => t.Status == CommunityTaskStatus.Declined))
        {
            writer.WriteLine($"  {task.Id} ({task.Kind}, coordinated by {task.CoordinatedBy}) declined by the committee: {task.DeclineReason}");
        }

        foreach (var refused in WorkAccessStep.Refusals(list, result.Rights, result.Directory))
        {
            writer.WriteLine($"  Refused, nothing recorded: {refused.Issuer} setting {refused.Kind} on {result.Names.ChineseShort(refused.Community)} ({refused.Rule}).");
        }
    }

    private static string Group(WorkItemGroup group) => group switch
    {
        WorkItemGroup.StatutoryDuty => "依法履职 duty by law",
        WorkItemGroup.AssistedWork => "协助政府 assisted work",
        _ => "负面清单 negative list",
    };

    private static string Status(AdministrativeOrderStatus status) => status switch
    {
        AdministrativeOrderStatus.Accepted => "accepted 接受",
        AdministrativeOrderStatus.Declined => "declined 拒绝",
        _ => "pending 待答复",
    };
}
