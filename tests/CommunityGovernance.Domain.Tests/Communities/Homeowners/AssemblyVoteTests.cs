using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Communities;
using NodaTime;
using static CommunityGovernance.Communities.Homeowners.BallotChoice;

namespace CommunityGovernance.Domain.Tests.Communities.Homeowners;

public sealed class AssemblyVoteTests
{
    private static readonly ResidentsCommitteeChannel s_heping = new(new ActorId("JWH-510115001001"), AdministrativeCommunityId.Parse("510115001001"));
    private static readonly SelfGoverningBody s_assembly = new(new ActorId("YZDH-GUANGHUA"), SelfGoverningBodyKind.HomeownersAssembly);

    // Heping covers Guanghua Yijia; Huangjinlu covers only Jinma Huafu.
    private static readonly CrossingWorld s_world = new CrossingWorld(Compound.OpensAt)
        .Cover(new LivingCommunityId("GUANGHUA-YIJIA"), s_heping.Jurisdiction)
        .Cover(new LivingCommunityId("JINMA-HUAFU"), AdministrativeCommunityId.Parse("510115001002"));

    private static OwnershipRegister Six() => Compound.Register((100m, "A"), (100m, "B"), (100m, "C"), (100m, "D"), (100m, "E"), (100m, "F"));

    [Fact]
    public void A_ballot_can_be_changed_until_the_close_and_the_last_one_counts()
    {
        var vote = Compound.Vote(Six(), AssemblyMatter.UseOfMaintenanceFund);
        vote.Cast(new ActorId("A"), Against, Compound.OpensAt);
        vote.Cast(new ActorId("A"), For, Compound.ClosesAt - Duration.FromSeconds(1));

        Assert.Equal(1, vote.BallotCount);
        var tally = Compound.CastAndClose(vote, ("B", For), ("C", For), ("D", Abstain));
        Assert.Equal((3, 0, 1), (tally.ForOwners, tally.AgainstOwners, tally.AbstainOwners));
    }

    [Fact]
    public void Ballots_are_taken_from_the_opening_instant_until_before_the_closing_one_and_never_after_the_close()
    {
        var vote = Compound.Vote(Six(), AssemblyMatter.UseOfMaintenanceFund);

        Assert.Equal(CommunityRules.BallotIsCastWhileVoteIsOpen, Refused(() => vote.Cast(new ActorId("A"), For, Compound.OpensAt - Duration.FromSeconds(1))));
        Assert.Equal(CommunityRules.BallotIsCastWhileVoteIsOpen, Refused(() => vote.Cast(new ActorId("A"), For, Compound.ClosesAt)));
        vote.Close(Compound.ClosesAt);
        Assert.Equal(CommunityRules.BallotIsCastWhileVoteIsOpen, Refused(() => vote.Cast(new ActorId("A"), For, Compound.OpensAt)));
    }

    [Fact]
    public void Only_an_owner_on_the_roll_votes_and_the_refusal_does_not_name_the_would_be_voter()
    {
        var vote = Compound.Vote(Six(), AssemblyMatter.UseOfMaintenanceFund);
        var before = (vote.ToSnapshot(), vote.Version);

        var refused = Assert.Throws<DomainRuleViolationException>(() => vote.Cast(new ActorId("tenant-not-owner"), For, Compound.OpensAt));

        Assert.Equal(CommunityRules.BallotIsCastByOwner, refused.Rule);
        Assert.DoesNotContain("tenant-not-owner", refused.Message, StringComparison.Ordinal);
        Assert.Equal(CommunityRules.BallotChoiceIsKnown, Refused(() => vote.Cast(new ActorId("A"), (BallotChoice)7, Compound.OpensAt)));
        Assert.Equal(before, (vote.ToSnapshot(), vote.Version));
    }

    [Fact]
    public void A_vote_closes_once_and_not_before_its_closing_instant()
    {
        var vote = Compound.Vote(Six(), AssemblyMatter.UseOfMaintenanceFund);

        Assert.Equal(CommunityRules.AssemblyVoteClosesAtItsInstant, Refused(() => vote.Close(Compound.ClosesAt - Duration.FromSeconds(1))));
        Assert.False(vote.IsClosed);
        vote.Close(Compound.ClosesAt);
        var closed = (vote.ToSnapshot(), vote.Version);
        Assert.Equal(CommunityRules.AssemblyVoteIsClosedOnce, Refused(() => vote.Close(Compound.ClosesAt + Duration.FromDays(1))));
        Assert.Equal(closed, (vote.ToSnapshot(), vote.Version));
    }

    [Fact]
    public void A_vote_is_opened_on_a_listed_matter_with_an_electorate_and_a_closing_after_its_opening()
    {
        var empty = OwnershipRegister.Open(new LivingCommunityId("EMPTY"), Compound.Developer, EverythingExists.Directory, Compound.OpensAt);
        AssemblyVote Open(OwnershipRegister register, AssemblyMatter matter, Instant closesAt) =>
            AssemblyVote.Open(new AssemblyVoteId("V"), register, matter, "议题", Compound.OpensAt, closesAt, ProcedureThresholds.CivilCode, Compound.OpensAt);

        Assert.Equal(CommunityRules.AssemblyVoteHasElectorate, Refused(() => Open(empty, AssemblyMatter.RulesOfProcedure, Compound.ClosesAt)));
        Assert.Equal(CommunityRules.AssemblyMatterIsListed, Refused(() => Open(Six(), (AssemblyMatter)10, Compound.ClosesAt)));
        Assert.Equal(CommunityRules.AssemblyVoteClosesAfterItOpens, Refused(() => Open(Six(), AssemblyMatter.RulesOfProcedure, Compound.OpensAt)));
        Assert.Equal(CommunityRules.AssemblyVoteIdIsWellFormed, Refused(() => AssemblyVote.Open(default, Six(), AssemblyMatter.RulesOfProcedure, "议题", Compound.OpensAt, Compound.ClosesAt, ProcedureThresholds.CivilCode, Compound.OpensAt)));
        Assert.Equal(CommunityRules.ProcedureThresholdIsNotLooser, Refused(() => AssemblyVote.Open(new AssemblyVoteId("V"), Six(), AssemblyMatter.RulesOfProcedure, "议题", Compound.OpensAt, Compound.ClosesAt, ProcedureThresholds.CivilCode with { OrdinaryMajority = default }, Compound.OpensAt)));
    }

    [Fact]
    public void The_roll_is_taken_when_the_vote_opens_and_a_later_transfer_does_not_change_it()
    {
        var register = Six();
        var vote = Compound.Vote(register, AssemblyMatter.UseOfMaintenanceFund);
        register.Transfer(new ExclusiveUnitId("GH-A01-001"), new ActorId("G"), new PersonName("新业主"), Compound.OpensAt);

        Assert.Equal(CommunityRules.BallotIsCastByOwner, Refused(() => vote.Cast(new ActorId("G"), For, Compound.OpensAt)));
        vote.Cast(new ActorId("A"), For, Compound.OpensAt);
    }

    [Fact]
    public void A_vote_rebuilt_from_its_events_equals_the_live_one()
    {
        var vote = Compound.Vote(Six(), AssemblyMatter.Rebuilding);
        Compound.CastAndClose(vote, ("A", For), ("B", Against), ("A", Abstain), ("C", For), ("D", For));

        Assert.Equal(vote.ToSnapshot(), AssemblyVote.FromHistory(vote.PendingEvents).ToSnapshot());
        Assert.Equal("assembly-vote/GUANGHUA-YIJIA/YZDH-2025-01", vote.Stream.ToString());
    }

    [Fact]
    public void An_adopted_vote_reaches_the_administrative_side_as_a_self_governance_decision_carrying_its_tally()
    {
        var vote = Compound.Vote(Six(), AssemblyMatter.UseOfMaintenanceFund);
        var tally = Compound.CastAndClose(vote, ("A", For), ("B", For), ("C", For), ("D", Against));

        var decision = AssemblyDecisionCrossing.Submit(vote, new CrossingId("ZZ-2025-004"), s_assembly, new LocalDate(2025, 4, 15), s_heping, s_world, Compound.ClosesAt);

        Assert.Equal(new LivingCommunityId("GUANGHUA-YIJIA"), decision.From);
        Assert.Equal(s_assembly, decision.DecidedBy);
        Assert.Equal(s_heping, decision.Channel);
        Assert.StartsWith("使用公共维修资金更换电梯", decision.Resolution, StringComparison.Ordinal);
        Assert.Contains(tally.ToString(), decision.Resolution, StringComparison.Ordinal);
        Assert.IsType<SelfGovernanceDecisionSubmitted>(Assert.Single(decision.PendingEvents));
    }

    [Fact]
    public void Only_a_closed_and_adopted_vote_of_the_assembly_crosses()
    {
        SelfGovernanceDecision Submit(AssemblyVote vote, SelfGoverningBody body) =>
            AssemblyDecisionCrossing.Submit(vote, new CrossingId("ZZ-1"), body, new LocalDate(2025, 4, 15), s_heping, s_world, Compound.ClosesAt);
        var open = Compound.Vote(Six(), AssemblyMatter.UseOfMaintenanceFund);
        var failed = Compound.Vote(Six(), AssemblyMatter.UseOfMaintenanceFund);
        Compound.CastAndClose(failed, ("A", For), ("B", For), ("C", For));
        var rejected = Compound.Vote(Six(), AssemblyMatter.UseOfMaintenanceFund);
        Compound.CastAndClose(rejected, ("A", For), ("B", For), ("C", Against), ("D", Against));
        var adopted = Compound.Vote(Six(), AssemblyMatter.UseOfMaintenanceFund);
        Compound.CastAndClose(adopted, ("A", For), ("B", For), ("C", For), ("D", Against));

        Assert.Equal(CommunityRules.AssemblyVoteIsClosedBeforeDecision, Refused(() => Submit(open, s_assembly)));
        Assert.Equal(CommunityRules.AssemblyParticipationReachesQuorum, Refused(() => Submit(failed, s_assembly)));
        Assert.Equal(CommunityRules.AssemblyResolutionReachesMajority, Refused(() => Submit(rejected, s_assembly)));
        Assert.Equal(CommunityRules.AssemblyDecisionIsTakenByAssembly, Refused(() => Submit(adopted, s_assembly with { Kind = SelfGoverningBodyKind.HomeownersCommittee })));
        Assert.Equal(CommunityRules.CrossingGoesThroughChannel, Refused(() => AssemblyDecisionCrossing.Submit(adopted, new CrossingId("ZZ-1"), s_assembly, new LocalDate(2025, 4, 15), default, s_world, Compound.ClosesAt)));
        var huangjinlu = new ResidentsCommitteeChannel(new ActorId("JWH-510115001002"), AdministrativeCommunityId.Parse("510115001002"));
        Assert.Equal(CommunityRules.CrossingChannelCoversLivingCommunity, Refused(() => AssemblyDecisionCrossing.Submit(adopted, new CrossingId("ZZ-1"), s_assembly, new LocalDate(2025, 4, 15), huangjinlu, s_world, Compound.ClosesAt)));
    }

    [Fact]
    public void A_tally_whose_numbers_do_not_add_up_is_refused()
    {
        var area = FloorArea.FromSquareMetres(100m);
        AssemblyTally Tally(int totalOwners, int forOwners) =>
            new(AssemblyMatter.Rebuilding, area, totalOwners, area, forOwners, FloorArea.Zero, 0, FloorArea.Zero, 0, AssemblyThreshold.TwoThirds, AssemblyThreshold.ThreeQuarters);

        Assert.Equal(AssemblyOutcome.Adopted, Tally(1, 1).Outcome);
        Assert.Equal(CommunityRules.AssemblyTallyAddsUp, Refused(() => Tally(1, 2)));
        Assert.Equal(CommunityRules.AssemblyTallyAddsUp, Refused(() => Tally(0, 0)));
        Assert.Equal(CommunityRules.AssemblyTallyAddsUp, Refused(() => new AssemblyTally(AssemblyMatter.Rebuilding, area, 2, area, 1, FloorArea.FromSquareMetres(0.01m), 1, FloorArea.Zero, 0, AssemblyThreshold.TwoThirds, AssemblyThreshold.ThreeQuarters)));
    }

    private static string Refused(Action command) => Assert.Throws<DomainRuleViolationException>(command).Rule;

    private static string Refused(Func<object> command) => Assert.Throws<DomainRuleViolationException>(() => command()).Rule;
}
