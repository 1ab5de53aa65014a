using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.CommunityBuilding;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using CommunityGovernance.Rights;
using NodaTime;
using static CommunityGovernance.Domain.Tests.CommunityBuilding.Neighbourhood;

namespace CommunityGovernance.Domain.Tests.CommunityBuilding;

/// <summary>Worked examples of a process on a compound: each rule refuses by name and changes nothing; the happy path accounts for itself.</summary>
public sealed class CommunityBuildingProcessTests
{
    private static readonly ProposalId P1 = new("P-1");
    private static readonly ProposalId P2 = new("P-2");

    [Fact]
    public void A_floating_resident_living_in_the_compound_enrols_and_proposes_like_a_local_one()
    {
        var process = Collecting();

        Assert.True(Floating.Resident!.IsFloating);
        Assert.True(process.IsEnrolled(Floating.Id));
        Assert.Equal(Floating.Id, process.Proposals[0].Proposer);
        Assert.Equal([TieKind.Residence, TieKind.Residence, TieKind.Workplace], process.Participants.Select(p => p.Tie).OrderBy(t => t));
    }

    [Fact]
    public void A_resident_of_the_other_compound_is_refused_by_where_they_live()
    {
        var process = Open();

        AssertRefused(process, CommunityBuildingRules.ParticipantLivesOrWorksInScope, () => process.Enrol(OtherCompound, HomeOf(OtherCompound, "B-3"), At(1)));
    }

    [Fact]
    public void A_residence_tie_must_be_the_actual_residence_and_an_organisation_has_none()
    {
        var process = Open();
        var elsewhere = new LocalTie(TieKind.Residence, AdministrativeCommunityId.Parse("510115001002"), Living, new BuildingId("B-1"));

        AssertRefused(process, CommunityBuildingRules.ResidenceTieIsActualResidence, () => process.Enrol(Local, elsewhere, At(1)));
        AssertRefused(process, CommunityBuildingRules.ResidenceTieIsActualResidence, () => process.Enrol(PropertyCompany, HomeOf(PropertyCompany, "B-1"), At(1)));
    }

    [Fact]
    public void An_actor_enrols_once_and_no_one_enrols_while_accounting()
    {
        var process = Collecting();
        AssertRefused(process, CommunityBuildingRules.ParticipantIsEnrolledOnce, () => process.Enrol(Local, HomeOf(Local, "B-1"), At(6)));

        for (var i = 0; i < 4; i++)
        {
            process.Advance(At(10 + i));
        }

        AssertRefused(process, CommunityBuildingRules.StepIsTakenInItsPhase, () => process.Enrol(SocialOrganisation, WorkInCompound, At(20)));
        AssertRefused(process, CommunityBuildingRules.PhaseAdvancesInOrder, () => process.Advance(At(21)));
    }

    [Fact]
    public void A_phase_does_not_begin_before_the_last_one()
    {
        var process = Collecting();

        AssertRefused(process, CommunityBuildingRules.PhaseAdvancesInOrder, () => process.Advance(Start - Duration.FromHours(1)));
    }

    [Fact]
    public void No_support_from_an_actor_who_is_not_enrolled_and_none_twice()
    {
        var process = Collecting();
        process.Support(P1, Local.Id, At(6));

        AssertRefused(process, CommunityBuildingRules.ParticipantIsEligible, () => process.Support(P1, OtherCompound.Id, At(7)));
        AssertRefused(process, CommunityBuildingRules.ProposalIsSupportedOnce, () => process.Support(P1, Local.Id, At(7)));
        AssertRefused(process, CommunityBuildingRules.ProposalIsKnown, () => process.Support(new ProposalId("P-9"), Local.Id, At(7)));
        Assert.Equal(1, process.Proposals[0].SupportCount);
    }

    [Fact]
    public void Merging_keeps_the_record_and_counts_each_supporter_once()
    {
        var process = Collecting();
        process.Support(P1, Local.Id, At(6));
        process.Support(P2, Local.Id, At(7));
        process.Support(P2, Floating.Id, At(8));

        process.Merge(P2, P1, "都涉及院落空间改造", At(9));

        var (merged, into) = (process.Proposals[1], process.Proposals[0]);
        Assert.Equal(ProposalStatus.Merged, merged.Status);
        Assert.Equal(P1, merged.MergedInto);
        Assert.Equal(2, merged.SupportCount);
        Assert.Equal([Floating.Id, Local.Id], into.Supporters.Order());
        AssertRefused(process, CommunityBuildingRules.ProposalStands, () => process.Support(P2, PropertyCompany.Id, At(10)));
        AssertRefused(process, CommunityBuildingRules.MergeJoinsTwoProposals, () => process.Merge(P1, P1, "same", At(10)));
        Assert.Equal(1, process.Account().Merged);
    }

    [Fact]
    public void A_proposal_cites_open_demands_about_its_unit_only()
    {
        var process = Open();
        process.Enrol(Local, HomeOf(Local, "B-1"), At(1));
        var open = Raise("D-OPEN", CommunityUnit.Living(Living));
        var rejected = Raise("D-REJECTED", CommunityUnit.Living(Living));
        rejected.Reject(new ActorId("jwh"), "不属于本社区事务", At(1));
        var elsewhere = Raise("D-ELSEWHERE", CommunityUnit.Living(new LivingCommunityId("OTHER")));

        AssertRefused(process, CommunityBuildingRules.CitedDemandIsOpen, () => process.Propose(P1, Local.Id, "充电棚", [open, rejected], At(2)));
        AssertRefused(process, CommunityBuildingRules.CitedDemandIsAboutTheUnit, () => process.Propose(P1, Local.Id, "充电棚", [elsewhere], At(2)));
        process.Propose(P1, Local.Id, "充电棚", [open], At(2));

        Assert.Equal([open.Id], process.Proposals[0].Demands);
    }

    [Fact]
    public void No_vote_outside_the_deciding_phase()
    {
        var process = Collecting();

        AssertRefused(process, CommunityBuildingRules.VoteIsCastInDecidingPhase, () => process.CastVote(Local.Id, [], At(6)));
    }

    [Fact]
    public void No_project_beyond_the_budget_and_no_ballot_beyond_the_cap()
    {
        var process = Collecting();
        process.Advance(At(10));

        AssertRefused(process, CommunityBuildingRules.ProjectCostFitsTheBudget, () => process.Admit(P1, Money.FromYuan(10_000.01m), At(11)));
        AssertRefused(process, CommunityBuildingRules.ProjectCostFitsTheBudget, () => process.Admit(P1, Money.Zero, At(11)));
        process.Admit(P1, Money.FromYuan(6_000m), At(11));
        process.Admit(P2, Money.FromYuan(5_000m), At(12));
        AssertRefused(process, CommunityBuildingRules.ProposalIsAdmittedOnce, () => process.Admit(P1, Money.FromYuan(1m), At(12)));
        AssertRefused(process, CommunityBuildingRules.MergedProposalIsNotAdmitted, () => process.Merge(P1, P2, "same", At(12)));
        process.Advance(At(13));

        AssertRefused(process, CommunityBuildingRules.BudgetVoteFitsTheCap, () => process.CastVote(Local.Id, [P1, P2], At(14)));
        AssertRefused(process, CommunityBuildingRules.BudgetVoteChoosesAdmittedProposals, () => process.CastVote(Local.Id, [new ProposalId("P-9")], At(14)));
        AssertRefused(process, CommunityBuildingRules.ParticipantIsEligible, () => process.CastVote(OtherCompound.Id, [P1], At(14)));
    }

    [Fact]
    public void The_count_chooses_by_votes_within_what_is_left_of_the_cap()
    {
        var process = CarryingOut();

        var count = process.Count!;
        Assert.Equal([(P1, 2, true), (P2, 1, false)], count.Tallies.Select(t => (t.Proposal, t.Votes, t.Chosen)));
        Assert.Equal(Money.FromYuan(6_000m), count.Allocated);
        Assert.Equal(Money.FromYuan(4_000m), count.Remaining);
        Assert.Equal(ProposalStatus.NotChosen, process.Proposals[1].Status);
    }

    [Fact]
    public void A_changed_ballot_replaces_the_earlier_one()
    {
        var process = Deciding();
        process.CastVote(Local.Id, [P1], At(14));
        process.CastVote(Local.Id, [P2], At(15));
        process.Advance(At(20));

        Assert.Equal([(P2, 1), (P1, 0)], process.Count!.Tallies.Select(t => (t.Proposal, t.Votes)));
        Assert.Single(process.Participation, p => p.Evidence.Kind == EvidenceKind.VoteCast);
    }

    [Fact]
    public void Every_participant_of_a_project_holds_the_right_its_part_uses()
    {
        var process = CarryingOut();
        var rights = Neighbourhood.Rights();

        AssertRefused(process, CommunityBuildingRules.ProjectParticipantHoldsRight, () => process.TakePart(P1, SocialOrganisation.Id, "组织志愿者", GovernancePower.TaskSetting, rights, At(21)));
        AssertRefused(process, CommunityBuildingRules.ProjectIsChosen, () => process.TakePart(P2, PropertyCompany.Id, "提供场地", GovernancePower.ResourceAllocation, rights, At(21)));
        AssertRefused(process, CommunityBuildingRules.ProjectHasParticipants, () => process.Complete(P1, "验收", At(21)));
        process.TakePart(P1, PropertyCompany.Id, "提供场地并施工", GovernancePower.ResourceAllocation, rights, At(21));
        AssertRefused(process, CommunityBuildingRules.ProjectParticipantIsNew, () => process.TakePart(P1, PropertyCompany.Id, "again", GovernancePower.TimeScheduling, rights, At(22)));

        Assert.Equal([new ProjectPart(PropertyCompany.Id, "提供场地并施工", GovernancePower.ResourceAllocation)], process.Proposals[0].Parts);
    }

    [Fact]
    public void No_spending_beyond_the_allocation_and_nothing_after_completion()
    {
        var process = CarryingOut();
        process.TakePart(P1, PropertyCompany.Id, "施工", GovernancePower.ResourceAllocation, Neighbourhood.Rights(), At(21));
        process.Spend(P1, Money.FromYuan(5_999.99m), "PZ-001", At(22));

        AssertRefused(process, CommunityBuildingRules.SpendingFitsAllocation, () => process.Spend(P1, Money.FromYuan(0.02m), "PZ-002", At(23)));
        AssertRefused(process, CommunityBuildingRules.SpendingFitsAllocation, () => process.Spend(P1, Money.Zero, "PZ-002", At(23)));
        process.Spend(P1, Money.FromYuan(0.01m), "PZ-002", At(23));
        process.Complete(P1, "竣工验收单与照片", At(24));
        AssertRefused(process, CommunityBuildingRules.ProjectIsOpen, () => process.Volunteer(P1, Local.Id, At(25)));
    }

    [Fact]
    public void The_homeowners_assembly_admits_only_by_an_adopted_vote_of_its_own_compound()
    {
        var process = Open(DecidingBody.HomeownersAssembly);
        process.Enrol(Local, HomeOf(Local, "B-1"), At(1));
        process.Propose(P1, Local.Id, "使用公共收益更换单元门禁", [], At(2));
        process.Advance(At(3));
        var register = OwnershipRegister.Open(Living, new ActorId("DEV"), EverythingExists.Directory, At(3));
        register.RegisterUnit(new ExclusiveUnitId("U-1"), new BuildingId("B-1"), FloorArea.FromSquareMetres(90m), At(3));
        register.Deliver(new ExclusiveUnitId("U-1"), Local.Id, new PersonName("业主"), At(3));
        var vote = AssemblyVote.Open(new AssemblyVoteId("YZDH-1"), register, AssemblyMatter.CommonPartsUseOrOperation, "更换门禁", At(4), At(5), ProcedureThresholds.CivilCode, At(4));

        AssertRefused(process, CommunityBuildingRules.AdmissionIsByDecidingBody, () => process.Admit(P1, Money.FromYuan(100m), At(4)));
        AssertRefused(process, CommunityBuildingRules.AssemblyDecisionIsAdopted, () => process.Admit(P1, Money.FromYuan(100m), vote, At(4)));
        vote.Cast(Local.Id, BallotChoice.For, At(4));
        vote.Close(At(5));
        process.Admit(P1, Money.FromYuan(100m), vote, At(6));

        Assert.Equal(new AssemblyVoteId("YZDH-1"), process.Proposals[0].AssemblyVote);
    }

    [Fact]
    public void The_homeowners_assembly_does_not_decide_on_an_administrative_unit()
    {
        var refused = Assert.Throws<DomainRuleViolationException>(() => CommunityBuildingProcess.Open(
            ProcessId, ProcessScope.AdministrativeCommunity(Community), "社区微更新", DecidingBody.HomeownersAssembly, Fund(), null, EverythingExists.Directory, Start));

        Assert.Equal(CommunityBuildingRules.HomeownersAssemblyDecidesOnLivingSide, refused.Rule);
    }

    [Fact]
    public void A_process_names_a_known_deciding_body_and_a_well_formed_scope_and_fund()
    {
        var body = Assert.Throws<DomainRuleViolationException>(() => CommunityBuildingProcess.Open(
            ProcessId, ProcessScope.AdministrativeCommunity(Community), "社区微更新", (DecidingBody)9, Fund(), null, EverythingExists.Directory, Start));
        var scope = Assert.Throws<DomainRuleViolationException>(() => new ProcessScope(ProcessLevel.Street, CommunityUnit.Administrative(Community), null));
        var fund = Assert.Throws<DomainRuleViolationException>(() => new Fund(FundSource.Granted, "激励资金", Money.Zero, new ActorId("jwh")));

        Assert.Equal(
            [CommunityBuildingRules.DecidingBodyIsKnown, CommunityBuildingRules.ScopeIsWellFormed, CommunityBuildingRules.FundIsWellFormed],
            new[] { body.Rule, scope.Rule, fund.Rule });
    }

    [Fact]
    public void A_living_scope_needs_a_layout_holding_its_part()
    {
        var refused = Assert.Throws<DomainRuleViolationException>(() => CommunityBuildingProcess.Open(
            ProcessId, ProcessScope.Courtyard(Living, new CourtyardId("Y-9")), "院落微更新", DecidingBody.ResidentsCouncil, Fund(), Layout(), EverythingExists.Directory, Start));

        Assert.Equal(CommunityBuildingRules.ScopeLiesInLivingCommunity, refused.Rule);
    }

    [Fact]
    public void The_report_says_what_was_proposed_chosen_done_and_spent_and_the_evidence_fills_profiles()
    {
        var process = Open();
        process.Enrol(Local, HomeOf(Local, "B-1"), At(1));
        process.Enrol(Floating, HomeOf(Floating, "B-2"), At(1));
        var demand = Raise("D-1", CommunityUnit.Living(Living));
        process.Propose(P1, Floating.Id, "增设电动车充电棚", [demand], At(2));
        process.Support(P1, Local.Id, At(3));
        process.Advance(At(4));
        process.AttendDeliberation(Local.Id, "YSH-2026-03", At(5));
        process.Admit(P1, Money.FromYuan(3_000m), At(6));
        process.Advance(At(7));
        process.CastVote(Floating.Id, [P1], At(8));
        process.Advance(At(9));
        process.TakePart(P1, PropertyCompany.Id, "施工", GovernancePower.ResourceAllocation, Neighbourhood.Rights(), At(10));
        process.Volunteer(P1, Floating.Id, At(11));
        process.Spend(P1, Money.FromYuan(2_800.50m), "PZ-001", At(12));
        process.Complete(P1, "验收单", At(13));
        process.Advance(At(14));

        var report = process.Account();
        Assert.Equal((1, 1, 1, 1, 1), (report.Proposed, report.Supported, report.Admitted, report.Chosen, report.Completed));
        Assert.Equal((Money.FromYuan(3_000m), Money.FromYuan(2_800.50m), Money.FromYuan(7_199.50m)), (report.Allocated, report.Spent, report.Unspent));
        Assert.Equal([demand.Id], report.DemandsAnswered);
        Assert.Equal(ProcessPhase.Account, report.Phase);

        var kinds = process.Participation.Select(p => (p.Actor, p.Evidence.Kind)).ToArray();
        Assert.Equal(
            [(Floating.Id, EvidenceKind.ProposalMade), (Local.Id, EvidenceKind.StatedWillingness), (Local.Id, EvidenceKind.MeetingAttended),
             (Floating.Id, EvidenceKind.VoteCast), (PropertyCompany.Id, EvidenceKind.RoleHeld), (Floating.Id, EvidenceKind.Volunteered)],
            kinds);
        var profile = ParticipationProfile.Open(Floating.Id, CommunityUnit.Living(Living), EverythingExists.Directory, Start);
        foreach (var step in process.Participation.Where(p => p.Actor == Floating.Id))
        {
            profile.Record(step.Evidence, At(15));
        }

        Assert.Equal(3, profile.Evidence.Count);
        Assert.True(profile.Scores.Action > 0);
    }

    [Fact]
    public void A_long_process_id_still_gives_references_a_profile_accepts()
    {
        var id = new CommunityBuildingProcessId(new string('X', 64));
        var process = CommunityBuildingProcess.Open(id, ProcessScope.Building(Living, new BuildingId("B-1")), "楼栋微更新", DecidingBody.ResidentsCouncil, Fund(), Layout(), EverythingExists.Directory, Start);
        process.Enrol(Local, HomeOf(Local, "B-1"), At(1));
        process.Propose(P1, Local.Id, "楼道照明", [], At(2));

        var reference = process.Participation[0].Evidence.Reference;
        Assert.True(reference.Length <= ParticipationEvidence.MaxReferenceLength);
        Assert.EndsWith(":1", reference, StringComparison.Ordinal);
    }

    private static Demand Raise(string id, CommunityUnit subject) =>
        Demand.Raise(new DemandId(id), Local.Id, subject, DemandCategory.PublicService, "充电", "电动车无处充电", DemandDeadlines.Default, Neighbourhood.Directory, Start);

    private static void AssertRefused(CommunityBuildingProcess process, string rule, Action command)
    {
        var (before, version, evidence) = (process.ToSnapshot(), process.Version, process.Participation.Count);
        var refused = Assert.Throws<DomainRuleViolationException>(command);

        Assert.Equal(rule, refused.Rule);
        Assert.Equal(before, process.ToSnapshot());
        Assert.Equal(version, process.Version);
        Assert.Equal(evidence, process.Participation.Count);
    }
}
