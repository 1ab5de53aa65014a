using CommunityGovernance.Actors;
using Wenjiang.Scenario;

namespace Wenjiang.Report;

/// <summary>Section 5: the many actors (多元主体), their sectors and sides, and their responsibilities (责).</summary>
internal static class ActorsSection
{
    /// <summary>Writes the section.</summary>
    /// <param name="result">The scenario's result.</param>
    /// <param name="writer">Where to.</param>
    public static void Write(WenjiangResult result, TextWriter writer)
    {
        Format.Heading(writer, "5. 多元主体 Actors and their responsibilities");
        var table = new TextTable("kind", "主体", "sector", "side", ">actors", ">responsibilities");
        foreach (var group in result.Actors.Values.GroupBy(a => a.Kind).OrderBy(g => g.Key))
        {
            var first = group.First();
            table.Add(group.Key, Chinese(group.Key), first.Sector, first.Side, group.Count(), group.Sum(a => a.Responsibilities.Count));
        }

        table.Add("total", string.Empty, string.Empty, string.Empty, result.Actors.Count, result.Actors.Values.Sum(a => a.Responsibilities.Count));
        table.WriteTo(writer);

        // One actor kind covers both committees: a village's is a villagers' committee (村委会), not a residents' one.
        var committees = result.Actors.Values.Where(a => a.Kind == ActorKind.ResidentsCommittee).ToList();
        var villages = committees.Count(c => c.OrganisationName?.EndsWith("村委会", StringComparison.Ordinal) == true);
        writer.WriteLine($"The {committees.Count} committees are {committees.Count - villages} residents' committees (居委会) of communities and {villages} villagers' committees (村委会) of villages.");
        if (result.Grids is { } grids)
        {
            writer.WriteLine($"Of the residents, {grids.ToSnapshot().Postings.Count} are grid workers (网格员) posted to grids (see 6).");
        }
    }

    private static string Chinese(ActorKind kind) => kind switch
    {
        ActorKind.PartyCommitteeAndGovernment => "党委政府",
        ActorKind.DistrictGovernanceCommittee => "社治委",
        ActorKind.StreetOffice => "街道办事处",
        ActorKind.ResidentsCommittee => "居委会/村委会",
        ActorKind.PropertyCompany => "物业公司",
        ActorKind.HomeownersCommittee => "业委会",
        ActorKind.VerticalDepartment => "条 (职能部门)",
        ActorKind.SocialOrganisation => "社会组织",
        ActorKind.IndustryAssociation => "行业协会",
        ActorKind.SelfOrganisation => "自组织",
        _ => "居民",
    };
}
