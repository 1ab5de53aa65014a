using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.WorkAccess;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using NodaTime;

namespace Wenjiang.Scenario;

/// <summary>One attempt to set work on a residents' committee that the list refuses, and the rule that refused it.</summary>
/// <param name="Issuer">The department that tried.</param>
/// <param name="Community">The community.</param>
/// <param name="Kind">The kind of work.</param>
/// <param name="Rule">The rule that refused it.</param>
internal sealed record RefusedTask(string Issuer, AdministrativeCommunityId Community, WorkItemCode Kind, string Rule);

/// <summary>
/// Step 6b, the community work-access list (社区工作事项准入) and 条块 integration: Wenjiang publishes its list (duties by
/// law, assisted work, the negative list); departments (条) set listed work on committees directly and unlisted work
/// through the street office (块), which records that it coordinated it; a committee declines unlisted work; work on the
/// negative list, or unlisted work no street office coordinates, is refused and leaves nothing behind.
/// </summary>
internal static class WorkAccessStep
{
    private static readonly (WorkItemCode Code, string Name, WorkItemGroup Group)[] s_items =
    [
        (new("residents-election"), "居民委员会换届选举", WorkItemGroup.StatutoryDuty),
        (new("people-mediation"), "人民调解", WorkItemGroup.StatutoryDuty),
        (new("census-assistance"), "协助开展人口普查", WorkItemGroup.AssistedWork),
        (new("elderly-allowance-check"), "协助高龄津贴资格核查", WorkItemGroup.AssistedWork),
        (new("enterprise-safety-inspection"), "企业安全生产执法检查", WorkItemGroup.NegativeList),
        (new("investment-promotion"), "招商引资任务", WorkItemGroup.NegativeList),
    ];

    // The departments (条) that set work on the committees.
    private static readonly Actor s_statistics = Department("TJJ-510115", "温江区统计局");
    private static readonly Actor s_civilAffairs = Department("MZJ-510115", "温江区民政局");
    private static readonly Actor s_housing = Department("ZJJ-510115", "温江区住房和城乡建设局");
    private static readonly Actor s_emergency = Department("YJJ-510115", "温江区应急管理局");

    /// <summary>Publishes the district's list and sets the scenario's work on the committees of Heping and Huangjinlu.</summary>
    /// <param name="district">The district's code.</param>
    /// <param name="rights">The rights index, which says whether a street office may coordinate unlisted work.</param>
    /// <param name="directory">What exists: the district and the communities tasks are set on.</param>
    /// <returns>The list and the tasks set, in plan order.</returns>
    public static (WorkAccessList List, IReadOnlyList<CommunityTask> Tasks) Set(AreaCode district, IGovernanceRightsQuery rights, ICommunityDirectory directory)
    {
        var list = WorkAccessList.Publish(district, new LocalDate(2026, 1, 1), s_items.Select(i => new WorkItem(i.Code, i.Name, i.Group)), directory, Timeline.RightsDelegated);
        var liucheng = Actor.RegisterOrganisation(ActorIds.StreetOffice(CoverageStep.Heping.StreetCode), ActorKind.StreetOffice, "柳城街道办事处", Timeline.ActorsRegistered);
        var at = Timeline.At(2026, 3, 10, 9);
        CommunityTask SetTask(string id, Actor issuer, AdministrativeCommunityId community, string kind, string description, Actor? through = null) =>
            CommunityTask.Set(new CommunityTaskId(id), issuer, community, new WorkItemCode(kind), description, list, through, rights, directory, at);

        var census = SetTask("TJJ-2026-011", s_statistics, CoverageStep.Heping, "census-assistance", "第七次人口普查后续入户核查");
        var allowance = SetTask("MZJ-2026-004", s_civilAffairs, CoverageStep.Huangjinlu, "elderly-allowance-check", "八十岁以上高龄津贴资格年审");
        var election = SetTask("LCJ-2026-002", liucheng, CoverageStep.Heping, "residents-election", "第十二届居委会换届选举准备");
        var renovation = SetTask("ZJJ-2026-019", s_housing, CoverageStep.Huangjinlu, "old-estate-survey", "老旧小区改造意愿摸底", through: liucheng);
        var heritage = SetTask("ZJJ-2026-020", s_housing, CoverageStep.Heping, "old-estate-survey", "老旧小区改造意愿摸底", through: liucheng);

        var answered = at + Duration.FromDays(3);
        census.Accept(ActorIds.ResidentsCommittee(CoverageStep.Heping), answered);
        allowance.Accept(ActorIds.ResidentsCommittee(CoverageStep.Huangjinlu), answered);
        election.Accept(ActorIds.ResidentsCommittee(CoverageStep.Heping), answered);
        renovation.Decline(ActorIds.ResidentsCommittee(CoverageStep.Huangjinlu), "摸底应由住建部门委托物业服务企业开展，居委会不具备专业力量", answered);
        heritage.Accept(ActorIds.ResidentsCommittee(CoverageStep.Heping), answered);
        return (list, [census, allowance, election, renovation, heritage]);
    }

    /// <summary>
    /// The attempts the list refuses, tried again against the list and the rights as they stand: the same on a fresh run
    /// and on a reloaded one, since a refused attempt stores nothing.
    /// </summary>
    /// <param name="list">The district's list.</param>
    /// <param name="rights">The rights index.</param>
    /// <param name="directory">What exists.</param>
    /// <returns>Each refused attempt with its rule.</returns>
    public static IReadOnlyList<RefusedTask> Refusals(WorkAccessList list, IGovernanceRightsQuery rights, ICommunityDirectory directory)
    {
        var at = Timeline.At(2026, 3, 11, 9);
        var attempts = new[]
        {
            (s_emergency, CoverageStep.Heping, new WorkItemCode("enterprise-safety-inspection")),
            (s_housing, CoverageStep.Heping, new WorkItemCode("old-estate-survey")),
        };
        var refused = new List<RefusedTask>();
        foreach (var (issuer, community, kind) in attempts)
        {
            try
            {
                CommunityTask.Set(new CommunityTaskId("REFUSED"), issuer, community, kind, "未经街道统筹直接下派", list, null, rights, directory, at);
                throw new InvalidOperationException($"The list must refuse {kind} from {issuer.Id}.");
            }
            catch (DomainRuleViolationException e)
            {
                refused.Add(new RefusedTask(issuer.OrganisationName!, community, kind, e.Rule));
            }
        }

        return refused;
    }

    private static Actor Department(string id, string name) => Actor.RegisterOrganisation(new ActorId(id), ActorKind.VerticalDepartment, name, Timeline.ActorsRegistered);
}
