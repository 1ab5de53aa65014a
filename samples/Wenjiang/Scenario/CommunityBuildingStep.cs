using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.CommunityBuilding;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using NodaTime;

namespace Wenjiang.Scenario;

/// <summary>One community-building process of the sample and the commands it refused, by rule, with what was attempted.</summary>
/// <param name="Process">The process.</param>
/// <param name="Refusals">Each refused attempt: what was tried and the rule that refused it.</param>
internal sealed record CommunityBuildingOutcome(CommunityBuildingProcess Process, IReadOnlyList<(string Attempt, string Rule)> Refusals);

/// <summary>
/// Step 10, community building (社区营造) at two levels: the courtyard renewal of 光华逸家's first phase (a compound,
/// decided by its residents' council from the compound's own public income, carried out and accounted for by the end
/// of April), and 和平社区's micro-projects (an administrative community, a granted incentive fund, still being carried
/// out when the report is drawn up). Floating residents take part as anyone living there does.
/// </summary>
/// <remarks>
/// Nothing here is random. Residents are made up here, not taken from the actor register; the living side's rights the
/// compound's projects use (the property company's and a self-organisation's, from resource integration) live in this
/// step's own index, while Heping's residents' committee uses the right the district integrated for it.
/// </remarks>
internal static class CommunityBuildingStep
{
    /// <summary>The compound process's id.</summary>
    public static CommunityBuildingProcessId Compound { get; } = new("SQYZ-2026-GH-A");

    /// <summary>The community process's id.</summary>
    public static CommunityBuildingProcessId Community { get; } = new("SQYZ-2026-HEPING");

    // The commands each process is shown refusing, and the rule that must refuse each: checked when the scenario runs,
    // and read back with the reloaded process (refusals change nothing, so nothing of them is stored).
    private static readonly (CommunityBuildingProcessId Process, string Attempt, string Rule)[] s_refusals =
    [
        (Compound, "a resident of phase two enrols", CommunityBuildingRules.ParticipantLivesOrWorksInScope),
        (Compound, "a vote while proposals are collected", CommunityBuildingRules.VoteIsCastInDecidingPhase),
        (Compound, "a second support by one resident", CommunityBuildingRules.ProposalIsSupportedOnce),
        (Compound, "a project costing more than the fund", CommunityBuildingRules.ProjectCostFitsTheBudget),
        (Compound, "a payment beyond the charging shed's allocation", CommunityBuildingRules.SpendingFitsAllocation),
        (Community, "a resident of Huangjinlu enrols", CommunityBuildingRules.ParticipantLivesOrWorksInScope),
        (Community, "a ballot for both (52,000 yuan)", CommunityBuildingRules.BudgetVoteFitsTheCap),
        (Community, "the social organisation takes a part without a right", CommunityBuildingRules.ProjectParticipantHoldsRight),
    ];

    // The made-up residents and where their household is registered (户籍): the process never reads it; the report does,
    // to show that floating residents took part.
    private static readonly Dictionary<string, AreaCode> s_registered = new(StringComparer.Ordinal)
    {
        ["JM-GH-01"] = AreaCode.Parse("510115"),
        ["JM-GH-02"] = AreaCode.Parse("500103"),
        ["JM-GH-03"] = AreaCode.Parse("510115"),
        ["JM-GH-04"] = AreaCode.Parse("110101"),
        ["JM-GH-05"] = AreaCode.Parse("510115"),
        ["JM-GH-21"] = AreaCode.Parse("510115"),
        ["JM-HP-01"] = AreaCode.Parse("510115"),
        ["JM-HP-02"] = AreaCode.Parse("511302"),
        ["JM-HP-03"] = AreaCode.Parse("510115"),
        ["JM-HP-04"] = AreaCode.Parse("510722"),
        ["JM-HJL-01"] = AreaCode.Parse("510115"),
    };

    private static readonly LivingCommunityId s_guanghua = new("GUANGHUA-YIJIA");
    private static readonly ActorId s_property = new("WY-GUANGHUA-YIJIA");
    private static readonly ActorId s_flowerClub = new("ZZZ-GH-HUAYOU");
    private static readonly ActorId s_socialWork = new("SZ-LEHUO");

    /// <summary>Runs both processes.</summary>
    /// <param name="plans">The living communities: Guanghua Yijia's layout is taken from its plan.</param>
    /// <param name="rights">The district's rights index: Heping's residents' committee's integrated right.</param>
    /// <param name="demands">The demands raised so far: each process's proposals cite the open ones about its unit.</param>
    /// <param name="directory">What exists: where each resident of the processes lives.</param>
    /// <returns>The two processes, compound first.</returns>
    public static IReadOnlyList<CommunityBuildingOutcome> Run(IReadOnlyList<LivingCommunityPlan> plans, IGovernanceRightsQuery rights, IReadOnlyList<Demand> demands, ICommunityDirectory directory) =>
        [InTheCompound(plans.Single(p => p.Id == s_guanghua), demands, directory), AtTheCommunity(rights, demands, directory)];

    private static CommunityBuildingOutcome InTheCompound(LivingCommunityPlan plan, IReadOnlyList<Demand> demands, ICommunityDirectory directory)
    {
        var at = Timeline.At(2026, 3, 16, 9);
        var layout = LivingCommunity.Found(plan.Id, plan.Chinese, Timeline.LivingCommunitiesFounded);
        foreach (var compound in plan.Compounds)
        {
            layout.AddCompound(compound.Id, compound.Name, Timeline.LivingCommunitiesFounded);
            foreach (var building in compound.Buildings)
            {
                layout.AddBuilding(building, compound.Id, null, building.Value, Timeline.LivingCommunitiesFounded);
            }
        }

        var fund = new Fund(FundSource.Own, "光华逸家公共收益", Money.FromYuan(30_000m), plan.HomeownersCommittee);
        var process = CommunityBuildingProcess.Open(
            Compound, ProcessScope.Compound(plan.Id, plan.Compounds[0].Id), "光华逸家一期院落微更新", DecidingBody.ResidentsCouncil, fund, layout, directory, at);

        // Residents of phase one (two of them floating, registered in Chongqing and Beijing) and one of phase two.
        var residents = new[]
        {
            Resident(directory, "JM-GH-01", "GH-A01"), Resident(directory, "JM-GH-02", "GH-A02"),
            Resident(directory, "JM-GH-03", "GH-A03"), Resident(directory, "JM-GH-04", "GH-A05"),
            Resident(directory, "JM-GH-05", "GH-A06"),
        };
        foreach (var (resident, building) in residents)
        {
            process.Enrol(resident, new LocalTie(TieKind.Residence, CoverageStep.Heping, plan.Id, building), at += Duration.FromHours(1));
        }

        var phaseTwo = Resident(directory, "JM-GH-21", "GH-B01");
        Refuse(Compound, "a resident of phase two enrols", () => process.Enrol(phaseTwo.Actor, new LocalTie(TieKind.Residence, CoverageStep.Heping, plan.Id, phaseTwo.Building), at));
        var (property, flowerClub) = (Organisation(s_property, ActorKind.PropertyCompany, "光华逸家物业服务中心"), Organisation(s_flowerClub, ActorKind.SelfOrganisation, "光华逸家花友会"));
        process.Enrol(property, Work(plan.Id), at += Duration.FromHours(1));
        process.Enrol(flowerClub, Work(plan.Id), at += Duration.FromHours(1));

        var cited = Open(demands, CommunityUnit.Living(plan.Id));
        var (p1, p2, p3) = (new ProposalId("P-1"), new ProposalId("P-2"), new ProposalId("P-3"));
        process.Propose(p1, residents[1].Actor.Id, "一期增设电动车充电棚", cited, at = Timeline.At(2026, 3, 18, 20));
        process.Propose(p2, residents[0].Actor.Id, "中心院落花园改造", [], at += Duration.FromHours(1));
        process.Propose(p3, residents[3].Actor.Id, "院落增设儿童游乐角", [], at += Duration.FromHours(1));
        Refuse(Compound, "a vote while proposals are collected", () => process.CastVote(residents[2].Actor.Id, [p1], at));
        foreach (var (supporter, proposal) in new[] { (0, p1), (2, p1), (3, p1), (4, p1), (1, p2), (2, p3), (4, p3) })
        {
            process.Support(proposal, residents[supporter].Actor.Id, at += Duration.FromHours(1));
        }

        Refuse(Compound, "a second support by one resident", () => process.Support(p1, residents[0].Actor.Id, at));
        process.Advance(at = Timeline.At(2026, 3, 25, 9));
        process.Merge(p3, p2, "儿童游乐角设于中心院落花园内", at += Duration.FromHours(10));
        foreach (var attendee in new[] { 0, 1, 2, 4 })
        {
            process.AttendDeliberation(residents[attendee].Actor.Id, "YSH-GH-2026-02", at);
        }

        process.AttendDeliberation(s_property, "YSH-GH-2026-02", at);
        Refuse(Compound, "a project costing more than the fund", () => process.Admit(p1, Money.FromYuan(31_000m), at));
        process.Admit(p1, Money.FromYuan(18_000m), at);
        process.Admit(p2, Money.FromYuan(9_500m), at);
        process.Advance(at = Timeline.At(2026, 4, 1, 9));
        foreach (var (voter, choices) in new[] { (0, new[] { p1, p2 }), (1, new[] { p1 }), (2, new[] { p1, p2 }), (3, new[] { p2 }), (4, new[] { p1 }) })
        {
            process.CastVote(residents[voter].Actor.Id, choices, at += Duration.FromHours(2));
        }

        process.CastVote(s_flowerClub, [p2], at += Duration.FromHours(2));
        process.Advance(at = Timeline.At(2026, 4, 8, 9));

        var living = LocalRights(layout, [property, flowerClub]);
        process.TakePart(p1, s_property, "提供场地、施工并接入电源", GovernancePower.ResourceAllocation, living, at += Duration.FromHours(1));
        process.TakePart(p2, s_property, "安排施工时间", GovernancePower.TimeScheduling, living, at += Duration.FromHours(1));
        process.TakePart(p2, s_flowerClub, "组织居民种植与日常养护", GovernancePower.TimeScheduling, living, at += Duration.FromHours(1));
        process.Volunteer(p2, residents[0].Actor.Id, at = Timeline.At(2026, 4, 18, 9));
        process.Volunteer(p2, residents[3].Actor.Id, at);
        process.Volunteer(p2, residents[2].Actor.Id, at);
        process.Spend(p1, Money.FromYuan(17_640.00m), "PZ-GH-2026-031", at = Timeline.At(2026, 4, 22, 15));
        Refuse(Compound, "a payment beyond the charging shed's allocation", () => process.Spend(p1, Money.FromYuan(500m), "PZ-GH-2026-032", at));
        process.Spend(p2, Money.FromYuan(6_215.50m), "PZ-GH-2026-033", at);
        process.Spend(p2, Money.FromYuan(2_980.00m), "PZ-GH-2026-034", at);
        process.Complete(p1, "竣工验收单与消防检查记录", at = Timeline.At(2026, 4, 26, 10));
        process.Complete(p2, "花园改造验收照片与结算单", at);
        process.Advance(Timeline.At(2026, 4, 28, 9));
        return new CommunityBuildingOutcome(process, RefusalsOf(process.Id));
    }

    private static CommunityBuildingOutcome AtTheCommunity(IGovernanceRightsQuery rights, IReadOnlyList<Demand> demands, ICommunityDirectory directory)
    {
        var committee = ActorIds.ResidentsCommittee(CoverageStep.Heping);
        var at = Timeline.At(2026, 4, 1, 9);
        var fund = new Fund(FundSource.Granted, "社区保障激励资金", Money.FromYuan(50_000m), committee);
        var process = CommunityBuildingProcess.Open(
            Community, ProcessScope.AdministrativeCommunity(CoverageStep.Heping), "和平社区微项目", DecidingBody.ResidentsCouncil, fund, null, directory, at);

        var residents = new[]
        {
            Resident(directory, "JM-HP-01", null), Resident(directory, "JM-HP-02", null),
            Resident(directory, "JM-HP-03", null), Resident(directory, "JM-HP-04", null),
        };
        foreach (var (resident, _) in residents)
        {
            process.Enrol(resident, new LocalTie(TieKind.Residence, CoverageStep.Heping), at += Duration.FromHours(1));
        }

        var neighbour = Resident(directory, "JM-HJL-01", null, CoverageStep.Huangjinlu);
        Refuse(Community, "a resident of Huangjinlu enrols", () => process.Enrol(neighbour.Actor, new LocalTie(TieKind.Residence, CoverageStep.Huangjinlu), at));
        process.Enrol(Organisation(committee, ActorKind.ResidentsCommittee, "和平社区居民委员会"), new LocalTie(TieKind.Workplace, CoverageStep.Heping), at += Duration.FromHours(1));
        process.Enrol(Organisation(s_socialWork, ActorKind.SocialOrganisation, "乐活社会工作服务中心"), new LocalTie(TieKind.Workplace, CoverageStep.Heping), at += Duration.FromHours(1));

        var (p1, p2) = (new ProposalId("P-1"), new ProposalId("P-2"));
        process.Propose(p1, residents[1].Actor.Id, "社区长者食堂", Open(demands, CommunityUnit.Administrative(CoverageStep.Heping)), at += Duration.FromHours(1));
        process.Propose(p2, residents[3].Actor.Id, "四点半课堂", [], at += Duration.FromHours(1));
        foreach (var (supporter, proposal) in new[] { (0, p1), (2, p1), (0, p2), (1, p2) })
        {
            process.Support(proposal, residents[supporter].Actor.Id, at += Duration.FromHours(1));
        }

        process.Advance(at = Timeline.At(2026, 4, 8, 9));
        process.AttendDeliberation(committee, "YSH-HP-2026-04", at += Duration.FromHours(10));
        foreach (var (resident, _) in residents)
        {
            process.AttendDeliberation(resident.Id, "YSH-HP-2026-04", at);
        }

        process.Admit(p1, Money.FromYuan(40_000m), at);
        process.Admit(p2, Money.FromYuan(12_000m), at);
        process.Advance(at = Timeline.At(2026, 4, 13, 9));
        foreach (var (voter, choice) in new[] { (0, p1), (1, p1), (2, p2), (3, p1) })
        {
            process.CastVote(residents[voter].Actor.Id, [choice], at += Duration.FromHours(3));
        }

        Refuse(Community, "a ballot for both (52,000 yuan)", () => process.CastVote(committee, [p1, p2], at));
        process.Advance(at = Timeline.At(2026, 4, 20, 9));
        process.TakePart(p1, committee, "统筹场地并安排开餐时间", GovernancePower.TimeScheduling, rights, at += Duration.FromHours(1));
        Refuse(Community, "the social organisation takes a part without a right", () => process.TakePart(p1, s_socialWork, "运营食堂", GovernancePower.TaskSetting, rights, at));
        process.Volunteer(p1, residents[0].Actor.Id, at = Timeline.At(2026, 4, 25, 11));
        process.Volunteer(p1, residents[1].Actor.Id, at);
        process.Spend(p1, Money.FromYuan(21_300.00m), "PZ-HP-2026-011", at = Timeline.At(2026, 4, 27, 15));
        return new CommunityBuildingOutcome(process, RefusalsOf(process.Id));
    }

    private static IReadOnlyList<Demand> Open(IReadOnlyList<Demand> demands, CommunityUnit unit) =>
        [.. demands.Where(d => d.Subject == unit && !DemandLifecycle.IsFinal(d.Status)).OrderBy(d => d.Id).Take(2)];

    private static (Actor Actor, BuildingId? Building) Resident(ICommunityDirectory directory, string id, string? building, AdministrativeCommunityId? community = null)
    {
        var registered = s_registered[id];
        var body = "51011519880512" + ((id[^1] * 7) + (id[^2] * 31) + id.Length).ToString("D3", System.Globalization.CultureInfo.InvariantCulture)[^3..];
        var home = community ?? CoverageStep.Heping;
        var particulars = new ResidentParticulars(
            new PersonName("居民" + id[^2..]),
            ResidentIdentityNumber.Parse(body + ResidentIdentityNumber.CheckCharacterOf(body)),
            null,
            registered,
            new Residence(home, building is null ? null : s_guanghua));
        return (Actor.RegisterResident(new ActorId(id), particulars, directory, Timeline.ActorsRegistered), building is null ? null : new BuildingId(building));
    }

    private static Actor Organisation(ActorId id, ActorKind kind, string name) => Actor.RegisterOrganisation(id, kind, name, Timeline.ActorsRegistered);

    private static LocalTie Work(LivingCommunityId living) => new(TieKind.Workplace, CoverageStep.Heping, living, new BuildingId("GH-A01"));

    // The living side's rights come from resource integration: the property company's with an enterprise's
    // contribution, the flower club's with a social organisation's.
    private static GovernanceRightsIndex LocalRights(LivingCommunity layout, IEnumerable<Actor> holders)
    {
        // What these rights need to exist: the living community and their holders, as this step made them.
        var directory = CommunityDirectory.Build([.. layout.PendingEvents, .. holders.SelectMany(h => h.PendingEvents)]);
        var living = layout.Id;
        var events = new List<DomainEvent>();
        foreach (var (holder, powers, partner, kind) in new[]
        {
            (s_property, GovernancePowers.All, new ActorId("QY-GH-CHONGDIAN"), ResourcePartnerKind.Enterprise),
            (s_flowerClub, GovernancePowers.Of(GovernancePower.ResourceAllocation, GovernancePower.TimeScheduling), new ActorId("SZ-GH-LVHUA"), ResourcePartnerKind.SocialOrganisation),
        })
        {
            var allowance = ResourceAllowance.Of(ResourceKind.Funds, 5_000);
            var right = GovernanceRight.FromIntegration(
                new GovernanceRightId("SH-GH-" + holder.Value), new RightTerms(holder, powers, CommunityUnit.Living(living), Timeline.Year, allowance),
                new ResourceIntegration(partner, kind, allowance), directory, Timeline.ResourcesIntegrated);
            events.AddRange(right.PendingEvents);
        }

        return GovernanceRightsIndex.Build(events);
    }

    /// <summary>Whether an actor of the sample's processes is a floating resident: registered in another district than the one they live in.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns><see langword="true"/> for a floating resident.</returns>
    public static bool IsFloating(ActorId actor) => s_registered.TryGetValue(actor.Value, out var registered) && registered != AreaCode.Parse("510115");

    /// <summary>The commands the sample shows a process refusing, each with the rule that refused it.</summary>
    /// <param name="process">The process.</param>
    /// <returns>The attempts and rules, in the order tried.</returns>
    public static IReadOnlyList<(string Attempt, string Rule)> RefusalsOf(CommunityBuildingProcessId process) =>
        [.. s_refusals.Where(r => r.Process == process).Select(r => (r.Attempt, r.Rule))];

    private static void Refuse(CommunityBuildingProcessId process, string attempt, Action command)
    {
        var expected = s_refusals.Single(r => r.Process == process && r.Attempt == attempt).Rule;
        try
        {
            command();
        }
        catch (DomainRuleViolationException refused) when (refused.Rule == expected)
        {
            return;
        }

        throw new InvalidOperationException($"The sample expected '{attempt}' to be refused by {expected}.");
    }
}
