using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Grids;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Communities.WorkAccess;
using CommunityGovernance.CommunityBuilding;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using CommunityGovernance.Programmes;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Actors;
using CommunityGovernance.Testing.Communities;
using CommunityGovernance.Testing.CommunityBuilding;
using CommunityGovernance.Testing.Demands;
using CommunityGovernance.Testing.Participation;
using CommunityGovernance.Testing.Programmes;
using CommunityGovernance.Testing.Rights;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Testing.Reliability;

/// <summary>
/// Generators of real aggregates driven through random command sequences (some refused), for properties that
/// must hold of every event and snapshot of the library: every aggregate type is reached, and between them every
/// event type of the domain assembly is raised.
/// </summary>
/// <remarks>
/// Each generator yields the histories of one scenario (a rights scenario has several trees). Refused commands
/// are skipped, as a caller would after a <see cref="DomainRuleViolationException"/>.
/// </remarks>
public static class AggregateHistories
{
    private static readonly Instant s_start = Instant.FromUtc(2025, 1, 1, 0, 0);

    // Declared before Any, whose initializer reaches it: static fields initialise in text order.
    private static readonly Gen<int> s_actorStep = Gen.Choose(0, 5);

    /// <summary>Histories of any aggregate of the library, each aggregate type about equally often.</summary>
    public static Gen<AggregateHistory[]> Any { get; } = Gen.OneOf(
        Demands, Rights, Arrangements, Profiles, Actors, Programmes, Districts, Coverage, LivingCommunities, Orders, Decisions, AccessLogs,
        WorkAccessLists, CommunityTasks, OwnershipRegisters, AssemblyVotes, CommunityBuildingProcesses, GridMaps);

    /// <summary>Demands (诉求) run through generated lifecycles.</summary>
    public static Gen<AggregateHistory[]> Demands => DemandGenerators.Scenarios.Select(s =>
        One(AggregateHistory.Of(s.Run(), d => d.ToSnapshot(), Demand.FromHistory)));

    /// <summary>Governance right trees (治理权) of a generated rights scenario.</summary>
    public static Gen<AggregateHistory[]> Rights => RightsGenerators.Scenario.Select(s =>
        s.Trees.Select(tree =>
        {
            // The scenario has already taken each tree's events; give each tree back those about its own rights.
            var ids = tree.Rights.Select(r => r.Id).ToHashSet();
            var events = s.Events.Where(e => ids.Contains(RightOf(e))).ToArray();
            return new AggregateHistory(nameof(GovernanceRight), events, tree.ToSnapshot(), history => GovernanceRight.FromHistory(history).ToSnapshot());
        }).ToArray());

    /// <summary>Co-construction arrangements (共建共治) whose participants use tools and techniques under one granted right.</summary>
    public static Gen<AggregateHistory[]> Arrangements =>
        from community in UnitGenerators.AdministrativeCommunities.Select(c => CommunityUnit.Administrative(c.AreaCode))
        from powers in RightsGenerators.NonEmptyPowers
        from actors in Gen.ArrayOf(ActorGenerators.ActorIds, 3)
        from steps in Gen.ArrayOf(
            from kind in Gen.Choose(0, 3)
            from actor in Gen.Elements(actors)
            from tool in RightsGenerators.Tool
            select (kind, actor, tool),
            12)
        select One(Arrangement(community, powers, actors, steps));

    /// <summary>Participation profiles (参与画像) with evidence recorded and some of it retracted.</summary>
    public static Gen<AggregateHistory[]> Profiles =>
        from profile in ParticipationGenerators.Profiles
        from retractions in Gen.ArrayOf(Gen.Choose(0, 25), 4)
        select One(Retracting(profile, retractions));

    /// <summary>Actors (主体): residents and organisations taking responsibilities, interests and posts, and moving.</summary>
    public static Gen<AggregateHistory[]> Actors =>
        from actor in Gen.OneOf(ActorGenerators.Residents, ActorGenerators.Organisations)
        from organisation in ActorGenerators.Organisations
        from steps in Gen.ArrayOf(s_actorStep, 10)
        select One(RunActor(actor, organisation, steps));

    /// <summary>Programme fulfilments (规定动作) of a generated template.</summary>
    public static Gen<AggregateHistory[]> Programmes =>
        from template in ProgrammeGenerators.Template
        from community in CommunityGenerators.AdministrativeCommunityId
        from steps in ProgrammeGenerators.Commands(template)
        select One(RunProgramme(template, community, steps));

    /// <summary>Districts (区) establishing streets and communities.</summary>
    public static Gen<AggregateHistory[]> Districts =>
        from district in CommunityGenerators.DistrictCode
        from codes in HierarchyGenerators.Establishments(district)
        select One(RunDistrict(district, codes));

    /// <summary>Coverage registers (覆盖登记) placing, moving and withdrawing buildings.</summary>
    public static Gen<AggregateHistory[]> Coverage => CoverageGenerators.Scenario.Select(s =>
    {
        var register = CoverageRegister.Open(s.Scope, new FixedCommunityDirectory(s_start).Establish(CommunityUnit.Administrative(s.Scope)), s_start);
        var world = s.BuildWorld(s_start);
        var at = s_start;
        foreach (var command in s.Commands)
        {
            at += Duration.FromHours(1);
            Try(() => command.ApplyTo(register, world, at));
        }

        return One(AggregateHistory.Of(register, r => r.ToSnapshot(), CoverageRegister.FromHistory));
    });

    /// <summary>Grid maps (网格划分) drawing grids, gridding buildings and posting grid workers.</summary>
    public static Gen<AggregateHistory[]> GridMaps => GridGenerators.Scenario.Select(s =>
        One(AggregateHistory.Of(s.Run(s_start), m => m.ToSnapshot(), GridMap.FromHistory)));

    /// <summary>Living communities (生活共同体) adding compounds, courtyards and buildings.</summary>
    public static Gen<AggregateHistory[]> LivingCommunities =>
        from id in CommunityGenerators.LivingCommunityId
        from steps in LivingCommunityGenerators.Commands
        select One(RunLiving(id, steps));

    /// <summary>Administrative orders (行政指令) sunk through a residents' committee, then accepted, declined or left open.</summary>
    public static Gen<AggregateHistory[]> Orders =>
        from id in CommunityGenerators.CrossingId
        from issuer in ActorGenerators.ActorIds
        from power in RightsGenerators.Power
        from channel in CommunityGenerators.Channel
        from target in CommunityGenerators.LivingCommunityId
        from body in CommunityGenerators.SelfGoverningBody
        from answer in Gen.Choose(0, 3)
        let world = new CrossingWorld(s_start).Cover(target, channel.Jurisdiction).Grant(issuer, GovernancePowers.Of(power), CommunityUnit.Administrative(channel.Jurisdiction))
        select One(RunOrder(AdministrativeOrder.Sink(id, issuer, power, channel, target, "组织楼栋消防通道清理", null, world.Rights, world, s_start), body, answer));

    /// <summary>Self-governance decisions (自治决定) submitted, and maybe acknowledged (twice, to be refused once).</summary>
    public static Gen<AggregateHistory[]> Decisions =>
        from id in CommunityGenerators.CrossingId
        from living in CommunityGenerators.LivingCommunityId
        from body in CommunityGenerators.SelfGoverningBody
        from channel in CommunityGenerators.Channel
        from acknowledgements in Gen.Choose(0, 2)
        let world = new CrossingWorld(s_start).Cover(living, channel.Jurisdiction)
        select One(RunDecision(SelfGovernanceDecision.Submit(id, living, body, new LocalDate(2025, 1, 1), "业主大会决定增设充电桩", channel, world, s_start), channel, acknowledgements));

    /// <summary>
    /// Personal-information access logs (个人信息访问记录) with lawful and unlawful requests, from requesters with and
    /// without a right over the community covering the holder.
    /// </summary>
    public static Gen<AggregateHistory[]> AccessLogs =>
        from holder in CommunityGenerators.LivingCommunityId
        from jurisdiction in CommunityGenerators.AdministrativeCommunityId
        from requests in Gen.ArrayOf(Gen.Frequency((3, CrossingGenerators.LawfulAccessRequest), (1, CrossingGenerators.UnlawfulAccessRequest)), 6)
        from withRight in Gen.ArrayOf(Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false))), 6)
        select One(RunAccessLog(holder, jurisdiction, requests, withRight));

    /// <summary>Districts' community work-access lists (社区工作事项准入清单) published and revised.</summary>
    public static Gen<AggregateHistory[]> WorkAccessLists => WorkAccessGenerators.Scenario.Select(s =>
        One(AggregateHistory.Of(s.BuildList(), l => l.ToSnapshot(), WorkAccessList.FromHistory)));

    /// <summary>Tasks set on residents' committees (社区工作任务) against the list, some refused, then taken on or declined.</summary>
    public static Gen<AggregateHistory[]> CommunityTasks => WorkAccessGenerators.Scenario.Select(s =>
    {
        var (list, rights, street) = (s.BuildList(), s.BuildRights(), WorkAccessScenario.StreetOfficeActor());
        var histories = new List<AggregateHistory>();
        foreach (var attempt in s.Attempts)
        {
            var at = WorkAccessScenario.Noon(attempt.Day);
            CommunityTask? task = null;
            Try(() => task = CommunityTask.Set(attempt.Id, WorkAccessScenario.IssuerOf(attempt), attempt.Community, attempt.Kind, "按清单开展", list, attempt.ThroughStreet ? street : null, rights, new FixedCommunityDirectory(at).Establish(attempt.Community), at));
            if (task is null)
            {
                continue;
            }

            Try(() =>
            {
                switch (attempt.Answer)
                {
                    case 1: task.Accept(new ActorId("JWH-" + attempt.Community), at); break;
                    case 2: task.Decline(new ActorId("JWH-" + attempt.Community), "不在准入清单内", at); break;
                    case 3: task.Accept(new ActorId("JWH-" + attempt.Community), at); task.Decline(new ActorId("JWH-" + attempt.Community), "again", at); break;
                    default: break;
                }
            });
            histories.Add(AggregateHistory.Of(task, t => t.ToSnapshot(), CommunityTask.FromHistory));
        }

        return histories.ToArray();
    }).Where(histories => histories.Length > 0);   // every generator yields at least one history

    /// <summary>Ownership registers (业主名册) with units delivered, transferred and some areas corrected (some corrections refused).</summary>
    public static Gen<AggregateHistory[]> OwnershipRegisters =>
        from register in AssemblyGenerators.Register
        from corrections in Gen.ArrayOf(
            from unit in Gen.Choose(1, 35)
            from area in Gen.Frequency((4, AssemblyGenerators.UnitArea), (1, Gen.Constant(FloorArea.Zero)))
            select (unit, area),
            3)
        select One(RunRegister(register, corrections));

    /// <summary>Votes of the homeowners' assembly (业主大会表决) with ballots cast and changed, some refused, closed or left open.</summary>
    public static Gen<AggregateHistory[]> AssemblyVotes =>
        from scenario in AssemblyGenerators.Scenario
        from close in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        select One(RunVote(scenario, close));

    /// <summary>
    /// Community-building processes (社区营造) driven through all five phases: enrolment, proposals, supports and merges,
    /// admissions and budget votes, projects with parts, volunteering, spending and completion, some steps refused.
    /// </summary>
    public static Gen<AggregateHistory[]> CommunityBuildingProcesses => CommunityBuildingGenerators.Scenario.Select(s =>
        One(AggregateHistory.Of(s.Run().Process, p => p.ToSnapshot(), CommunityBuildingProcess.FromHistory)));

    private static GovernanceRightId RightOf(DomainEvent domainEvent) => domainEvent switch
    {
        GovernanceRightGranted e => e.Right,
        GovernanceRightDelegated e => e.Right,
        GovernanceRightRevoked e => e.Right,
        GovernanceRightValidityExtended e => e.Right,
        GovernanceRightValidityShortened e => e.Right,
        ResourcesIntegrated e => e.Right,
        _ => default,
    };

    private static AggregateHistory[] One(AggregateHistory history) => [history];

    private static void Try(Action command)
    {
        try
        {
            command();
        }
        catch (DomainRuleViolationException)
        {
            // A refused command changes nothing; the history goes on with the next.
        }
    }

    private static AggregateHistory Arrangement(CommunityUnit community, GovernancePowers powers, ActorId[] actors, (int Kind, ActorId Actor, GovernanceTool Tool)[] steps)
    {
        var grant = GovernanceRight.Grant(
            new GovernanceRightId("R-ARRANGEMENT"),
            new RightTerms(actors[0], powers, community, new NodaTime.Interval(s_start, s_start + Duration.FromDays(365))),
            new FixedCommunityDirectory(s_start).Establish(community).Register(actors[0]),
            s_start);
        var rights = GovernanceRightsIndex.Build(grant.PendingEvents);
        var arrangement = GovernanceArrangement.Make(new GovernanceArrangementId("GA-GENERATED"), community, new FixedCommunityDirectory(s_start).Establish(community), s_start);
        var at = s_start;
        foreach (var (kind, actor, tool) in steps)
        {
            at += Duration.FromHours(1);
            Try(() =>
            {
                switch (kind)
                {
                    case 0: arrangement.Join(actor, at); break;
                    case 1: arrangement.UseTool(actor, tool, rights, at); break;
                    case 2: arrangement.ApplyTechnique(actor, new GovernanceTechnique("generated technique", [tool]), rights, at); break;
                    default: arrangement.Join(actors[0], at); break;
                }
            });
        }

        return AggregateHistory.Of(arrangement, a => a.ToSnapshot(), GovernanceArrangement.FromHistory);
    }

    private static AggregateHistory Retracting(ParticipationProfile profile, int[] retractions)
    {
        var at = s_start + Duration.FromDays(100);
        foreach (var n in retractions)
        {
            at += Duration.FromHours(1);
            Try(() => profile.Retract($"E-{n}", "recorded by mistake", at));
        }

        return AggregateHistory.Of(profile, p => p.ToSnapshot(), ParticipationProfile.FromHistory);
    }

    private static AggregateHistory RunActor(Actor actor, Actor organisation, int[] steps)
    {
        var at = s_start;
        var unit = CommunityUnit.Administrative(UnitGenerators.Wenjiang);
        var day = new LocalDate(2025, 1, 1);
        foreach (var step in steps)
        {
            at += Duration.FromHours(1);
            day = day.PlusDays(1);
            var on = day;
            Try(() =>
            {
                switch (step)
                {
                    case 0: actor.AssignResponsibility(DemandCategory.PublicService, unit, new FixedCommunityDirectory(s_start).Establish(unit), at); break;
                    case 1: actor.WithdrawResponsibility(DemandCategory.PublicService, unit, at); break;
                    case 2: actor.DeclareInterest(DemandCategory.PublicService, at); break;
                    case 3: actor.JoinOrganisation(organisation, Post.Member, on, at); break;
                    case 4: actor.LeaveOrganisation(organisation.Id, Post.Member, on, at); break;
                    default: actor.MoveResidence(new Residence(AdministrativeCommunityId.Parse("510115001001")), new FixedCommunityDirectory(s_start).Establish(AdministrativeCommunityId.Parse("510115001001")), at); break;
                }
            });
        }

        return AggregateHistory.Of(actor, a => a.ToSnapshot(), Actor.FromHistory);
    }

    private static AggregateHistory RunProgramme(ProgrammeTemplate template, AdministrativeCommunityId community, ProgrammeCommand[] steps)
    {
        var fulfilment = ProgrammeFulfilment.Start(template, community, new FixedCommunityDirectory(s_start).Establish(community), s_start);
        var at = s_start;
        foreach (var step in steps)
        {
            at += Duration.FromHours(1);
            Try(() => step.ApplyTo(fulfilment, at));
        }

        return AggregateHistory.Of(fulfilment, f => f.ToSnapshot(), ProgrammeFulfilment.FromHistory);
    }

    private static AggregateHistory RunDistrict(AreaCode code, AreaCode[] establishments)
    {
        var district = District.Establish(code, "区 " + code, s_start);
        foreach (var unit in establishments)
        {
            Try(() =>
            {
                if (unit.Level == AdministrativeLevel.Street)
                {
                    district.EstablishStreet(unit, "街道 " + unit, s_start);
                }
                else
                {
                    district.EstablishCommunity(new AdministrativeCommunityId(unit), "社区 " + unit, s_start);
                }
            });
        }

        return AggregateHistory.Of(district, d => d.ToSnapshot(), District.FromHistory);
    }

    private static AggregateHistory RunLiving(LivingCommunityId id, LivingCommunityCommand[] steps)
    {
        var community = LivingCommunity.Found(id, "生活共同体 " + id, s_start);
        var at = s_start;
        foreach (var step in steps)
        {
            at += Duration.FromHours(1);
            Try(() => step.ApplyTo(community, at));
        }

        return AggregateHistory.Of(community, c => c.ToSnapshot(), LivingCommunity.FromHistory);
    }

    private static AggregateHistory RunOrder(AdministrativeOrder order, SelfGoverningBody body, int answer)
    {
        var at = s_start + Duration.FromHours(1);
        Try(() =>
        {
            switch (answer)
            {
                case 0: order.Accept(body, at); break;
                case 1: order.Decline(body, "业主大会未授权", at); break;
                case 2: order.Accept(body, at); order.Decline(body, "answered twice", at); break;
                default: break;
            }
        });

        return AggregateHistory.Of(order, o => o.ToSnapshot(), AdministrativeOrder.FromHistory);
    }

    private static AggregateHistory RunDecision(SelfGovernanceDecision decision, ResidentsCommitteeChannel channel, int acknowledgements)
    {
        for (var i = 0; i < acknowledgements; i++)
        {
            Try(() => decision.Acknowledge(channel.ResidentsCommittee, "已收悉", s_start + Duration.FromHours(1)));
        }

        return AggregateHistory.Of(decision, d => d.ToSnapshot(), SelfGovernanceDecision.FromHistory);
    }

    private static AggregateHistory RunRegister(OwnershipRegister register, (int Unit, FloorArea Area)[] corrections)
    {
        var at = s_start;
        foreach (var (unit, area) in corrections)
        {
            at += Duration.FromHours(1);
            Try(() => register.CorrectArea(new ExclusiveUnitId($"U-{unit:D3}"), area, at));
        }

        return AggregateHistory.Of(register, r => r.ToSnapshot(), OwnershipRegister.FromHistory);
    }

    private static AggregateHistory RunVote(AssemblyScenario scenario, bool close)
    {
        var vote = AssemblyVote.Open(new AssemblyVoteId("YZDH-GENERATED"), scenario.Register, scenario.Matter, "业主大会表决事项", AssemblyScenario.OpensAt, AssemblyScenario.ClosesAt, scenario.Thresholds, AssemblyScenario.OpensAt);
        var at = AssemblyScenario.OpensAt;
        foreach (var ballot in scenario.Ballots)
        {
            at += Duration.FromMinutes(1);
            Try(() => vote.Cast(ballot.Owner, ballot.Choice, at));
        }

        Try(() => vote.Close(at)); // Before its closing instant: refused.
        if (close)
        {
            vote.Close(AssemblyScenario.ClosesAt);
            Try(() => vote.Cast(scenario.Electorate[0].Voter, BallotChoice.For, AssemblyScenario.ClosesAt)); // After the close: refused.
        }

        return AggregateHistory.Of(vote, v => v.ToSnapshot(), AssemblyVote.FromHistory);
    }

    private static AggregateHistory RunAccessLog(LivingCommunityId holder, AdministrativeCommunityId jurisdiction, PersonalInformationAccessRequest[] requests, bool[] withRight)
    {
        var log = PersonalInformationAccessLog.Open(holder, new FixedCommunityDirectory(s_start).Establish(holder), s_start);
        var world = new CrossingWorld(s_start).Cover(holder, jurisdiction);
        foreach (var (request, i) in requests.Select((r, i) => (r, i)))
        {
            if (withRight[i % withRight.Length] && request.Requester.Value.Length != 0)
            {
                world.Grant(request.Requester, GovernancePowers.Of(GovernancePower.InspectionAndAssessment), CommunityUnit.Administrative(jurisdiction));
            }
        }

        var at = s_start;
        foreach (var request in requests)
        {
            at += Duration.FromHours(1);
            Try(() => log.Access(request, holder, h => h.Value, world.Rights, world, at));
        }

        return AggregateHistory.Of(log, l => l.ToSnapshot(), PersonalInformationAccessLog.FromHistory);
    }
}
