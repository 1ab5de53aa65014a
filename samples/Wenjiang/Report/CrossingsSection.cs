using CommunityGovernance.Communities.Crossings;
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
        AssemblySection.Write(result, writer);
    }

    private static string Status(AdministrativeOrderStatus status) => status switch
    {
        AdministrativeOrderStatus.Accepted => "accepted 接受",
        AdministrativeOrderStatus.Declined => "declined 拒绝",
        _ => "pending 待答复",
    };
}
