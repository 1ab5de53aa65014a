using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Participation;
using Wenjiang.Scenario;

namespace Wenjiang.Report;

/// <summary>Section 7: how residents take part (参与), per living community, on the three dimensions.</summary>
[LivingSide]
internal static class ParticipationSection
{
    /// <summary>Writes the section.</summary>
    /// <param name="result">The scenario's result.</param>
    /// <param name="writer">Where to.</param>
    public static void Write(WenjiangResult result, TextWriter writer)
    {
        Format.Heading(writer, "7. 参与 Participation: willingness 参与意愿, action 参与行动, capability 参与能力");
        writer.WriteLine("A profile is complete when all three scores reach 60. Bands: 0–19 | 20–39 | 40–59 | 60–79 | 80–100.");
        writer.WriteLine();
        var table = new TextTable("living community", "生活共同体社区", ">profiles", ">complete", ">意愿≥60", ">行动≥60", ">能力≥60", "willingness bands", "action bands", "capability bands");
        foreach (var plan in result.LivingPlans)
        {
            var d = ParticipationDistribution.Of(CommunityUnit.Living(plan.Id), result.Profiles);
            table.Add(plan.English, plan.Chinese, d.Profiles, d.Complete, d.WillingnessReached, d.ActionReached, d.CapabilityReached, Bands(d.WillingnessBands), Bands(d.ActionBands), Bands(d.CapabilityBands));
        }

        table.WriteTo(writer);
        var complete = result.Profiles.Count(p => p.IsComplete);
        writer.WriteLine();
        writer.WriteLine($"{complete} of {result.Profiles.Count} residents have a complete participation experience.");
    }

    private static string Bands(IEnumerable<int> bands) => string.Join(" ", bands);
}
