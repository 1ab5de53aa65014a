using CommunityGovernance.Communities.Homeowners;
using Wenjiang.Scenario;

namespace Wenjiang.Report;

/// <summary>
/// Part of section 4: the homeowners' assembly of 光华逸家 and its tally — numbers only, never an owner or a ballot —
/// and the decision that crossed upward.
/// </summary>
internal static class AssemblySection
{
    /// <summary>Writes the part.</summary>
    /// <param name="result">The scenario's result.</param>
    /// <param name="writer">Where to.</param>
    public static void Write(WenjiangResult result, TextWriter writer)
    {
        var (register, vote, decision) = result.Assembly;
        var electorate = OwnerHeadcount.ElectorateOf(register);
        var tally = vote.Tally!;
        writer.WriteLine();
        writer.WriteLine("业主大会 The homeowners' assembly of 光华逸家 Guanghua Yijia decides by Civil Code Art. 278:");
        writer.WriteLine(
            $"  Register: {register.Units.Count} exclusive units, {register.TotalArea} m²; {register.Units.Count(u => u.IsHeldByDeveloper)} still the developer's; " +
            $"{electorate.Count} owners counted as Interpretation Art. 9 counts them ({electorate.Count(e => e.Units > 1 && !e.IsDeveloper)} owner of several units, the developer once).");
        writer.WriteLine($"  Vote {vote.Id}, {Format.Time(vote.OpensAt)} to {Format.Time(vote.ClosesAt)}: {vote.Motion}");
        var table = new TextTable("", "area m²", "owners", "ratio of area", "ratio of owners", "threshold", "reached");
        table.Add("took part", tally.ParticipatingArea, tally.ParticipatingOwners, tally.ParticipationAreaRatio, tally.ParticipationOwnerRatio, tally.ParticipationThreshold, Reached(tally.ParticipationThreshold, tally.ParticipationAreaRatio, tally.ParticipationOwnerRatio));
        table.Add("agreed", tally.ForArea, tally.ForOwners, tally.AgreementAreaRatio, tally.AgreementOwnerRatio, tally.MajorityThreshold, Reached(tally.MajorityThreshold, tally.AgreementAreaRatio, tally.AgreementOwnerRatio));
        table.Add("against", tally.AgainstArea, tally.AgainstOwners, "", "", "", "");
        table.Add("abstained", tally.AbstainArea, tally.AbstainOwners, "", "", "", "");
        table.Add("on the roll", tally.TotalArea, tally.TotalOwners, "", "", "", "");
        table.WriteTo(writer);
        writer.WriteLine($"  Outcome: {tally.Outcome} (item {tally.Matter.Article278Item()}, {(tally.IsSpecialMajority ? "three quarters of those taking part" : "more than half of those taking part")}).");
        if (decision is not null)
        {
            writer.WriteLine($"  Carried up as self-governance decision {decision.Id} through {decision.Channel.ResidentsCommittee} ({decision.Channel.Jurisdiction}); acknowledged by {decision.AcknowledgedBy}: {decision.Response}");
        }
        else
        {
            writer.WriteLine("  The vote failed and stays on the living side with its numbers; nothing crossed.");
        }
    }

    private static string Reached(AssemblyThreshold threshold, ExactRatio area, ExactRatio owners) =>
        threshold.IsMetBy(area) && threshold.IsMetBy(owners) ? "yes" : "no";
}
