using CommunityGovernance.Communities;
using CommunityGovernance.Rights;
using Wenjiang.Scenario;

namespace Wenjiang.Report;

/// <summary>Section 3: governance rights (治理权), their delegation down the hierarchy, and the profiles of communities that integrated resources.</summary>
internal static class RightsSection
{
    /// <summary>Writes the section.</summary>
    /// <param name="result">The scenario's result.</param>
    /// <param name="writer">Where to.</param>
    public static void Write(WenjiangResult result, TextWriter writer)
    {
        Format.Heading(writer, "3. 治理权 Governance rights");
        writer.WriteLine("Powers: R 资源调配 resource allocation · T 任务设定 task setting · S 时间安排 time scheduling · I 检查考核 inspection and assessment.");
        writer.WriteLine();

        var administrative = result.AdministrativeRights.Rights;
        var table = new TextTable("level", "holder", ">rights", "powers", ">funds (yuan)", ">venues (m²)", ">services (h)");
        foreach (var level in new[] { AdministrativeLevel.District, AdministrativeLevel.Street, AdministrativeLevel.Community })
        {
            var atLevel = administrative.Where(r => r.Scope.AreaCode.Level == level).ToList();
            var first = atLevel[0];
            table.Add(LevelName(level), HolderName(level), atLevel.Count, Format.Powers(first.Powers), Format.Number(first.Terms.Resources.Funds), Format.Number(first.Terms.Resources.Venues), Format.Number(first.Terms.Resources.Services));
        }

        table.WriteTo(writer);
        writer.WriteLine();
        writer.WriteLine($"科层 delegation tree {result.AdministrativeRights.Id}: {administrative.Count} rights (1 district + {result.District.Streets.Count} streets + {result.District.CommunityCount} communities);");
        writer.WriteLine($"资源整合 integration: {result.IntegratedRights.Count} market-and-social rights; the rights index holds {result.Rights.Count} rights in all.");

        var heping = CommunityUnit.Administrative(CoverageStep.Heping);
        var committee = ActorIds.ResidentsCommittee(CoverageStep.Heping);
        var why = result.Rights.Explain(committee, GovernancePower.TaskSetting, heping, result.Now);
        writer.WriteLine($"Why may {committee} set tasks in {result.Names.ChineseShort(CoverageStep.Heping)}? {string.Join(" → ", why.Chain.Select(l => $"{l.Right} ({l.Holder})"))}");
        var inspect = result.Rights.MayExercise(committee, GovernancePower.InspectionAndAssessment, heping, result.Now);
        writer.WriteLine($"May {committee} inspect and assess there? {(inspect ? "yes" : "no — that power stays with the street")}.");

        writer.WriteLine();
        writer.WriteLine("Governance-right profiles of the residents' committees that integrated market and social resources:");
        var profiles = new TextTable("community", "社区", "科层 powers", "社会 powers", "gained", ">funds (yuan)", ">venues (m²)", ">services (h)", ">volunteers (h)", "partners");
        var trees = new[] { result.AdministrativeRights }.Concat(result.IntegratedRights).ToList();
        foreach (var right in result.IntegratedRights)
        {
            var community = right.Root.Scope;
            var id = new AdministrativeCommunityId(community.AreaCode);
            var profile = GovernanceRightProfile.Of(right.Root.Holder, community, trees, result.Now);
            var resources = profile.MarketAndSocialResources;
            var partners = string.Join(", ", right.Integrations.Select(i => i.PartnerKind == ResourcePartnerKind.Enterprise ? "enterprise" : "social org."));
            profiles.Add(
                result.Names.English(community.AreaCode),
                result.Names.ChineseShort(id),
                Format.Powers(profile.AdministrativePowers),
                Format.Powers(profile.MarketAndSocialPowers),
                Format.Powers(profile.PowersGainedByIntegration),
                Format.Number(resources.Funds),
                Format.Number(resources.Venues),
                Format.Number(resources.Services),
                Format.Number(resources.Volunteers),
                partners);
        }

        profiles.WriteTo(writer);
    }

    private static string LevelName(AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.District => "区 district",
        AdministrativeLevel.Street => "街道 street",
        _ => "社区/村 community",
    };

    private static string HolderName(AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.District => "区政府 district government",
        AdministrativeLevel.Street => "街道办 street office",
        _ => "居委会/村委会 committee",
    };
}
