using CommunityGovernance.CommunityBuilding;
using CommunityGovernance.Participation;
using Wenjiang.Scenario;

namespace Wenjiang.Report;

/// <summary>
/// Section 10: community building (社区营造) — each process's phases, enrolment (floating residents counted), proposals
/// from demand to spending, the budget count, what was refused and by which rule, and the participation it gave.
/// </summary>
internal static class CommunityBuildingSection
{
    /// <summary>Writes the section.</summary>
    /// <param name="result">The scenario's result.</param>
    /// <param name="writer">Where to.</param>
    public static void Write(WenjiangResult result, TextWriter writer)
    {
        Format.Heading(writer, "10. 社区营造 Community building: from demands to funded projects, on two levels");
        writer.WriteLine("Eligibility is by where one lives or works, never by household registration; a floating resident takes part as anyone.");
        foreach (var (process, refusals) in result.CommunityBuilding)
        {
            var report = process.Account();
            var fund = process.Fund;
            writer.WriteLine();
            writer.WriteLine($"{process.Id} {process.Title} — {process.Scope}, decided by the {process.Body}");
            writer.WriteLine($"  Fund: {fund.Name} ({fund.Source}), cap {fund.Cap} yuan, held by {fund.Holder}.");
            writer.WriteLine($"  Phases: {string.Join(" → ", process.Phases.Select(p => $"{p.Phase} {Format.Time(p.BeganAt)}"))}.");
            var floating = process.Participants.Count(p => CommunityBuildingStep.IsFloating(p.Actor));
            writer.WriteLine(
                $"  Enrolled: {report.Enrolled} ({process.Participants.Count(p => p.Tie == TieKind.Residence)} living here, {floating} of them floating residents registered elsewhere; {process.Participants.Count(p => p.Tie == TieKind.Workplace)} working here).");
            var table = new TextTable("proposal", "title", "status", ">supporters", ">cost", ">votes", ">allocated", ">spent", ">parts", ">volunteered", "demands cited");
            foreach (var line in report.Lines)
            {
                table.Add(
                    line.Proposal, line.Title, line.Status, line.Supporters, line.Cost?.ToString() ?? "", line.Votes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    line.Allocation, line.Spent, line.Participants, line.Volunteerings, string.Join(" ", line.Demands));
            }

            table.WriteTo(writer);
            if (process.Count is { } count)
            {
                writer.WriteLine(
                    $"  Count (greedy approval, {count.Voters} ballots): chose {string.Join(", ", count.Chosen)}; allocated {count.Allocated} of {count.Cap}, {count.Remaining} left.");
            }

            foreach (var project in process.Proposals.Where(p => p.Parts.Count > 0))
            {
                writer.WriteLine($"  {project.Id} carried out by: {string.Join("; ", project.Parts.Select(p => $"{p.Actor} {p.Part} ({Format.Power(p.Power)})"))}.");
            }

            writer.WriteLine(
                $"  Report: {report.Proposed} proposed, {report.Merged} merged, {report.Supported} supported, {report.Admitted} admitted, {report.Chosen} chosen, {report.Completed} completed; " +
                $"spent {report.Spent} of {report.Allocated} allocated, {report.Unspent} of the fund unspent; demands cited {report.DemandsCited.Count}, answered {report.DemandsAnswered.Count}.");
            var byDimension = process.Participation.GroupBy(p => p.Evidence.Dimension).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
            writer.WriteLine($"  Participation evidence: {report.Participations} pieces ({string.Join(", ", byDimension)}) for {process.Participation.Select(p => p.Actor).Distinct().Count()} actors.");
            foreach (var (attempt, rule) in refusals)
            {
                writer.WriteLine($"  Refused, changing nothing: {attempt} — {rule}.");
            }

        }
    }
}
