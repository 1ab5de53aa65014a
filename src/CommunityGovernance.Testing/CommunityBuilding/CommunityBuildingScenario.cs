using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.CommunityBuilding;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Actors;
using CommunityGovernance.Testing.Communities;
using NodaTime;

namespace CommunityGovernance.Testing.CommunityBuilding;

/// <summary>A generated resident: floating or not (registered in another district), and whether the building or community it lives in lies in the scope.</summary>
/// <param name="Floating">Whether the household registration (户籍) is in another district.</param>
/// <param name="LivesInScope">Whether the actual residence lies in the process's unit.</param>
/// <param name="Building">Which building of its side of the scope it lives in (0 to 2).</param>
public sealed record ScenarioResident(bool Floating, bool LivesInScope, int Building);

/// <summary>A generated organisation working in the unit, and the powers it holds over the unit (none: it holds no right).</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Powers">The powers of the right it holds over the process's unit.</param>
public sealed record ScenarioOrganisation(ActorKind Kind, GovernancePowers Powers);

/// <summary>The outcome of running a scenario: the process and, for each step in order, whether it was accepted.</summary>
/// <param name="Process">The process, every event pending.</param>
/// <param name="Accepted">For each step, whether the process accepted it.</param>
public sealed record CommunityBuildingRun(CommunityBuildingProcess Process, IReadOnlyList<bool> Accepted);

/// <summary>
/// A generated community-building process: either on a compound of a living community or on an administrative
/// community; residents (floating and not, living in the unit or not) and organisations (holding rights or not); and
/// steps through every phase, some in the wrong phase or by ineligible actors, which the process refuses. The scenario
/// builds what the commands read (the layout, the actors, the rights); a test computes what it expects from the data.
/// </summary>
/// <param name="Living">Whether the process is on a compound (else on an administrative community).</param>
/// <param name="CapYuan">The fund's budget cap, in whole yuan.</param>
/// <param name="Residents">The residents.</param>
/// <param name="Organisations">The organisations.</param>
/// <param name="Steps">The steps, in order.</param>
public sealed record CommunityBuildingScenario(
    bool Living,
    int CapYuan,
    IReadOnlyList<ScenarioResident> Residents,
    IReadOnlyList<ScenarioOrganisation> Organisations,
    IReadOnlyList<CommunityBuildingCommand> Steps)
{
    private static readonly AdministrativeCommunityId s_community = AdministrativeCommunityId.Parse("510115001001");
    private static readonly AdministrativeCommunityId s_neighbour = AdministrativeCommunityId.Parse("510115001002");
    private static readonly LivingCommunityId s_living = new("GEN-LC");
    private static readonly AreaCode s_floatingFrom = AreaCode.Parse("110101");

    /// <summary>When the process opens; each step comes an hour after the last.</summary>
    public static Instant Start { get; } = Instant.FromUtc(2026, 3, 1, 0, 0);

    /// <summary>The process's id.</summary>
    public static CommunityBuildingProcessId ProcessId { get; } = new("SQYZ-GENERATED");

    /// <summary>How many actors there are; the index one past the last is the outsider.</summary>
    public int ActorCount => Residents.Count + Organisations.Count;

    /// <summary>The fund's cap.</summary>
    public Money Cap => Money.FromYuan(CapYuan);

    /// <summary>The id of actor <paramref name="index"/>: residents <c>res-nn</c>, organisations <c>org-nn</c>, the outsider <c>outsider</c>.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The id.</returns>
    public ActorId ActorAt(int index) =>
        index < Residents.Count ? new ActorId($"res-{index:D2}")
        : index < ActorCount ? new ActorId($"org-{index - Residents.Count:D2}")
        : new ActorId("outsider");

    /// <summary>Whether actor <paramref name="index"/> lives or works in the unit: the residents whose home lies there, and every organisation (household registration plays no part).</summary>
    /// <param name="index">The index.</param>
    /// <returns><see langword="true"/> when it may enrol.</returns>
    public bool LivesOrWorksInScope(int index) => index < Residents.Count ? Residents[index].LivesInScope : index < ActorCount;

    /// <summary>
    /// The powers actor <paramref name="index"/> holds over the unit: an organisation's generated powers (on the living
    /// side, where rights come from resource integration, with resource allocation added); none for a resident.
    /// </summary>
    /// <param name="index">The index.</param>
    /// <returns>The powers.</returns>
    public GovernancePowers PowersHeld(int index)
    {
        if (index < Residents.Count || index >= ActorCount || Organisations[index - Residents.Count].Powers.IsEmpty)
        {
            return GovernancePowers.None;
        }

        var powers = Organisations[index - Residents.Count].Powers;
        return Living ? powers.With(GovernancePower.ResourceAllocation) : powers;
    }

    /// <summary>The id of proposal number <paramref name="n"/>.</summary>
    /// <param name="n">The number.</param>
    /// <returns>The id, <c>P-n</c>.</returns>
    public static ProposalId Proposal(int n) => new($"P-{n}");

    /// <summary>The same scenario with every resident's registration flipped between local and floating.</summary>
    /// <returns>The scenario.</returns>
    public CommunityBuildingScenario WithRegistrationsFlipped() =>
        this with { Residents = [.. Residents.Select(r => r with { Floating = !r.Floating })] };

    /// <summary>Opens the process and attempts every step in order, an hour apart, skipping refused ones.</summary>
    /// <returns>The process and which steps it accepted.</returns>
    public CommunityBuildingRun Run()
    {
        var (layout, scope) = Living
            ? (BuildLayout(), ProcessScope.Compound(s_living, new CompoundId("C-1")))
            : (null, ProcessScope.AdministrativeCommunity(s_community));
        var fund = new Fund(FundSource.Granted, "社区保障激励资金", Cap, new ActorId("org-fund-holder"));
        var process = CommunityBuildingProcess.Open(ProcessId, scope, "生成的社区营造项目", DecidingBody.ResidentsCouncil, fund, layout, new FixedCommunityDirectory(Start).Establish(scope.Unit), Start);
        var actors = Enumerable.Range(0, ActorCount + 1).Select(BuildActor).ToArray();
        var rights = BuildRights(scope.Unit);
        var accepted = new List<bool>(Steps.Count);
        var at = Start;
        foreach (var step in Steps)
        {
            at += Duration.FromHours(1);
            try
            {
                Apply(process, step, actors, rights, at);
                accepted.Add(true);
            }
            catch (DomainRuleViolationException)
            {
                accepted.Add(false);
            }
        }

        return new CommunityBuildingRun(process, accepted);
    }

    /// <summary>Describes the scenario.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"CommunityBuildingScenario {{ Living = {Living}, Cap = {CapYuan}, Residents = [{string.Join(", ", Residents)}], Organisations = [{string.Join(", ", Organisations)}], Steps = [{string.Join("; ", Steps)}] }}";

    private void Apply(CommunityBuildingProcess process, CommunityBuildingCommand step, Actor[] actors, GovernanceRightsIndex rights, Instant at)
    {
        var actor = actors[Math.Min(step.Actor, ActorCount)];
        switch (step.Kind)
        {
            case CommunityBuildingStepKind.Enrol: process.Enrol(actor, TieOf(step.Actor), at); break;
            case CommunityBuildingStepKind.Propose: process.Propose(Proposal(step.Proposal), actor.Id, $"提案 {step.Proposal}", [], at); break;
            case CommunityBuildingStepKind.Support: process.Support(Proposal(step.Proposal), actor.Id, at); break;
            case CommunityBuildingStepKind.Merge: process.Merge(Proposal(step.Proposal), Proposal(step.Other), "内容相近", at); break;
            case CommunityBuildingStepKind.Attend: process.AttendDeliberation(actor.Id, "YSH-GEN", at); break;
            case CommunityBuildingStepKind.Admit: process.Admit(Proposal(step.Proposal), Money.FromYuan(step.Fen / 100m), at); break;
            case CommunityBuildingStepKind.Vote: process.CastVote(actor.Id, (step.Choices ?? []).Select(Proposal), at); break;
            case CommunityBuildingStepKind.Advance: process.Advance(at); break;
            case CommunityBuildingStepKind.TakePart: process.TakePart(Proposal(step.Proposal), actor.Id, "承担部分工作", step.Power, rights, at); break;
            case CommunityBuildingStepKind.Volunteer: process.Volunteer(Proposal(step.Proposal), actor.Id, at); break;
            case CommunityBuildingStepKind.Spend: process.Spend(Proposal(step.Proposal), Money.FromYuan(step.Fen / 100m), "PZ-GEN", at); break;
            default: process.Complete(Proposal(step.Proposal), "验收照片与结算单", at); break;
        }
    }

    private LocalTie TieOf(int index)
    {
        if (index >= Residents.Count)
        {
            // Organisations work in the unit (an outsider claims to, in a neighbouring community).
            return index < ActorCount
                ? new LocalTie(TieKind.Workplace, s_community, Living ? s_living : null, Living ? new BuildingId("B-1") : null)
                : new LocalTie(TieKind.Workplace, s_neighbour);
        }

        var resident = Residents[index];
        return Living
            ? new LocalTie(TieKind.Residence, s_community, s_living, new BuildingId($"B-{(resident.LivesInScope ? 1 : 4) + resident.Building}"))
            : new LocalTie(TieKind.Residence, resident.LivesInScope ? s_community : s_neighbour);
    }

    private Actor BuildActor(int index)
    {
        var id = ActorAt(index);
        if (index >= Residents.Count)
        {
            var kind = index < ActorCount ? Organisations[index - Residents.Count].Kind : ActorKind.SocialOrganisation;
            return Actor.RegisterOrganisation(id, kind, $"{kind} {id}", Start);
        }

        var resident = Residents[index];
        var tie = TieOf(index);
        var particulars = new ResidentParticulars(
            new PersonName("居民" + index),
            IdentityNumber(index),
            null,
            resident.Floating ? s_floatingFrom : UnitGenerators.Wenjiang,
            new Residence(tie.Community, tie.LivingCommunity));
        return Actor.RegisterResident(id, particulars, new FixedCommunityDirectory(Start).Establish(particulars.ActualResidence), Start);
    }

    private static ResidentIdentityNumber IdentityNumber(int index)
    {
        var body = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"51011519900101{index:D3}");
        return ResidentIdentityNumber.Parse(body + ResidentIdentityNumber.CheckCharacterOf(body));
    }

    private GovernanceRightsIndex BuildRights(CommunityUnit unit)
    {
        var events = new List<DomainEvent>();
        var directory = FixedCommunityDirectory.Of(
            Start - Duration.FromDays(2), [unit], Enumerable.Range(Residents.Count, Organisations.Count).Select(ActorAt));
        var validity = new Interval(Start - Duration.FromDays(1), Start + Duration.FromDays(365));
        for (var i = 0; i < Organisations.Count; i++)
        {
            var powers = Organisations[i].Powers;
            if (powers.IsEmpty)
            {
                continue;
            }

            var terms = new RightTerms(ActorAt(Residents.Count + i), powers, unit, validity);
            var id = new GovernanceRightId($"R-GEN-{i}");
            var right = unit.IsLiving
                ? GovernanceRight.FromIntegration(
                    id,
                    terms with { Powers = PowersHeld(Residents.Count + i), Resources = ResourceAllowance.Of(ResourceKind.Funds, 1) },
                    new ResourceIntegration(new ActorId("partner"), ResourcePartnerKind.Enterprise, ResourceAllowance.Of(ResourceKind.Funds, 1)),
                    directory,
                    Start - Duration.FromDays(1))
                : GovernanceRight.Grant(id, terms, directory, Start - Duration.FromDays(1));
            events.AddRange(right.PendingEvents);
        }

        return GovernanceRightsIndex.Build(events);
    }

    private static LivingCommunity BuildLayout()
    {
        var layout = LivingCommunity.Found(s_living, "生成的生活共同体", Start);
        layout.AddCompound(new CompoundId("C-1"), "一期", Start);
        layout.AddCompound(new CompoundId("C-2"), "二期", Start);
        for (var b = 1; b <= 6; b++)
        {
            layout.AddBuilding(new BuildingId($"B-{b}"), new CompoundId(b <= 3 ? "C-1" : "C-2"), null, $"{b}栋", Start);
        }

        return layout;
    }
}
