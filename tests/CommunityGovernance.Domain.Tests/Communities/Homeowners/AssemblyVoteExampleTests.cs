using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Kernel;
using static CommunityGovernance.Communities.Homeowners.BallotChoice;

namespace CommunityGovernance.Domain.Tests.Communities.Homeowners;

/// <summary>Worked cases of Civil Code Art. 278 and Interpretation Art. 9, each counted by hand in its comment.</summary>
public sealed class AssemblyVoteExampleTests
{
    [Fact]
    public void Two_thirds_of_the_area_and_of_the_owners_exactly_is_a_quorum()
    {
        // Six owners of 100 m² each: four take part, 400/600 = 2/3 of the area and 4/6 = 2/3 of the owners; "以上" includes 2/3.
        var register = Compound.Register((100m, "A"), (100m, "B"), (100m, "C"), (100m, "D"), (100m, "E"), (100m, "F"));

        var tally = Compound.CastAndClose(Compound.Vote(register, AssemblyMatter.UseOfMaintenanceFund), ("A", For), ("B", For), ("C", For), ("D", Against));

        Assert.Equal(AssemblyOutcome.Adopted, tally.Outcome);
        Assert.Equal((400_00L, 600_00L, 4, 6), (tally.ParticipatingArea.Hundredths, tally.TotalArea.Hundredths, tally.ParticipatingOwners, tally.TotalOwners));
        Assert.Equal((2L, 3L), (tally.ParticipationAreaRatio.Numerator, tally.ParticipationAreaRatio.Denominator));
        Assert.Equal((3L, 4L), (tally.AgreementOwnerRatio.Numerator, tally.AgreementOwnerRatio.Denominator));
        Assert.Equal(AssemblyThreshold.MoreThanHalf, tally.MajorityThreshold);
    }

    [Fact]
    public void One_hundredth_of_a_square_metre_short_of_two_thirds_of_the_area_fails_though_two_thirds_of_the_owners_took_part()
    {
        // Total 600.00 m²; the four who vote hold 399.99 m² (< 400.00 = 2/3), while 4 of 6 owners is exactly 2/3.
        var register = Compound.Register((100m, "A"), (100m, "B"), (100m, "C"), (99.99m, "D"), (100m, "E"), (100.01m, "F"));
        var vote = Compound.Vote(register, AssemblyMatter.UseOfMaintenanceFund);

        var tally = Compound.CastAndClose(vote, ("A", For), ("B", For), ("C", For), ("D", For));

        Assert.Equal(AssemblyOutcome.QuorumNotMet, tally.Outcome);
        Assert.True(AssemblyThreshold.TwoThirds.IsMetBy(tally.ParticipationOwnerRatio));
        Assert.False(AssemblyThreshold.TwoThirds.IsMetBy(tally.ParticipationAreaRatio));
        Assert.Equal(399.99m, tally.ParticipatingArea.SquareMetres);

        // The failed vote is recorded as failed, with its numbers, on the closing event.
        var closed = Assert.IsType<AssemblyVoteClosed>(vote.PendingEvents[^1]);
        Assert.Equal(tally, closed.Tally);
        Assert.Equal(AssemblyOutcome.QuorumNotMet, closed.Tally.Outcome);
    }

    [Fact]
    public void A_developer_holding_many_units_is_one_owner_and_cannot_carry_a_vote_by_area_alone()
    {
        // The developer holds six units (600 m²), four buyers one each (100 m²): 1000 m², 5 owners (Interpretation Art. 9).
        var register = Compound.Register(
            (100m, null), (100m, null), (100m, null), (100m, null), (100m, null), (100m, null),
            (100m, "A"), (100m, "B"), (100m, "C"), (100m, "D"));
        var electorate = OwnerHeadcount.ElectorateOf(register);
        Assert.Equal(5, electorate.Count);
        Assert.Equal(new AssemblyElector(Compound.Developer, FloorArea.FromSquareMetres(600m), 6, IsDeveloper: true), electorate.Single(e => e.IsDeveloper));

        // Without the developer the buyers hold 400/1000 of the area: 4/5 of the owners is not enough.
        var withoutDeveloper = Compound.CastAndClose(Compound.Vote(register, AssemblyMatter.PropertyManager), ("A", For), ("B", For), ("C", For), ("D", For));
        Assert.Equal(AssemblyOutcome.QuorumNotMet, withoutDeveloper.Outcome);

        // With it, 900/1000 and 4/5 take part; its 600 of 900 m² agree (2/3 > 1/2), but only 1 of 4 owners does.
        var developerFor = Compound.CastAndClose(
            Compound.Vote(register, AssemblyMatter.PropertyManager), (Compound.Developer.Value, For), ("A", Against), ("B", Against), ("C", Against));
        Assert.Equal(AssemblyOutcome.Rejected, developerFor.Outcome);
        Assert.True(AssemblyThreshold.MoreThanHalf.IsMetBy(developerFor.AgreementAreaRatio));
        Assert.Equal((1L, 4L), (developerFor.AgreementOwnerRatio.Numerator, developerFor.AgreementOwnerRatio.Denominator));
    }

    [Fact]
    public void An_owner_of_several_units_is_one_owner_with_the_area_of_all_of_them()
    {
        // X owns three units (300 m²), three others one each: 600 m² and 4 owners, not 6.
        var register = Compound.Register((100m, "X"), (100m, "X"), (100m, "X"), (100m, "A"), (100m, "B"), (100m, "C"));
        var x = OwnerHeadcount.ElectorateOf(register).Single(e => e.Voter == new ActorId("X"));
        Assert.Equal((3, 300m, false), (x.Units, x.Area.SquareMetres, x.IsDeveloper));

        // X, A and B take part (500/600, 3/4); X and A agree: 400/500 = 4/5 of the area but 2/3 of the owners.
        var rebuilding = Compound.CastAndClose(Compound.Vote(register, AssemblyMatter.Rebuilding), ("X", For), ("A", For), ("B", Against));
        var statute = Compound.CastAndClose(Compound.Vote(register, AssemblyMatter.ManagementStatute), ("X", For), ("A", For), ("B", Against));

        Assert.Equal(4, rebuilding.TotalOwners);
        Assert.Equal(AssemblyOutcome.Rejected, rebuilding.Outcome); // items 6-8: 2/3 of the owners is short of 3/4
        Assert.Equal(AssemblyThreshold.ThreeQuarters, rebuilding.MajorityThreshold);
        Assert.True(rebuilding.IsSpecialMajority);
        Assert.Equal(AssemblyOutcome.Adopted, statute.Outcome); // other matters: 4/5 and 2/3 are both more than half
    }

    [Fact]
    public void Stricter_thresholds_of_the_rules_of_procedure_decide_the_vote()
    {
        // The same ballots as the just-met quorum: 2/3 take part, which the Code accepts and a 3/4 rule does not.
        var strict = new ProcedureThresholds(AssemblyThreshold.ThreeQuarters, AssemblyThreshold.AtLeast(4, 5), AssemblyThreshold.AtLeast(2, 3));
        var register = Compound.Register((100m, "A"), (100m, "B"), (100m, "C"), (100m, "D"), (100m, "E"), (100m, "F"));
        (string, BallotChoice)[] ballots = [("A", For), ("B", For), ("C", For), ("D", Against)];

        Assert.Equal(AssemblyOutcome.Adopted, Compound.CastAndClose(Compound.Vote(register, AssemblyMatter.HomeownersCommittee), ballots).Outcome);
        var tally = Compound.CastAndClose(Compound.Vote(register, AssemblyMatter.HomeownersCommittee, strict), ballots);
        Assert.Equal(AssemblyOutcome.QuorumNotMet, tally.Outcome);
        Assert.Equal(AssemblyThreshold.ThreeQuarters, tally.ParticipationThreshold);
        Assert.Equal(AssemblyThreshold.AtLeast(2, 3), tally.MajorityThreshold);
    }

    [Theory]
    [InlineData(1, 2, false, 3, 4, false, 1, 2, true)] // participation at least 1/2 < 2/3
    [InlineData(2, 3, false, 2, 3, false, 1, 2, true)] // items 6-8 at least 2/3 < 3/4
    [InlineData(2, 3, false, 3, 4, false, 1, 2, false)] // "at least half" admits exactly half, which "more than half" does not
    [InlineData(3, 5, true, 3, 4, false, 1, 2, true)] // "more than 3/5" admits 0.61 < 2/3
    public void Looser_thresholds_of_the_rules_of_procedure_are_refused(int pn, int pd, bool pm, int sn, int sd, bool sm, int on, int od, bool om)
    {
        var looser = new ProcedureThresholds(new AssemblyThreshold(pn, pd, pm), new AssemblyThreshold(sn, sd, sm), new AssemblyThreshold(on, od, om));
        var register = Compound.Register((100m, "A"));

        var refused = Assert.Throws<DomainRuleViolationException>(() => Compound.Vote(register, AssemblyMatter.OtherMajorMatter, looser));

        Assert.Equal(CommunityRules.ProcedureThresholdIsNotLooser, refused.Rule);
    }

    [Fact]
    public void More_than_two_thirds_is_stricter_than_at_least_two_thirds_and_is_accepted()
    {
        var stricter = ProcedureThresholds.CivilCode with { Participation = AssemblyThreshold.MoreThanFraction(2, 3) };
        var register = Compound.Register((100m, "A"), (100m, "B"), (100m, "C"));

        var tally = Compound.CastAndClose(Compound.Vote(register, AssemblyMatter.OtherMajorMatter, stricter), ("A", For), ("B", For));

        Assert.Equal(AssemblyOutcome.QuorumNotMet, tally.Outcome); // exactly 2/3 is not more than 2/3
    }

    [Fact]
    public void Exactly_half_is_not_more_than_half()
    {
        // Four owners of 100 m² all vote, two for and two against: 1/2 of the area and of the owners agree, which "过半数" is not.
        var register = Compound.Register((100m, "A"), (100m, "B"), (100m, "C"), (100m, "D"));

        var tally = Compound.CastAndClose(Compound.Vote(register, AssemblyMatter.HomeownersCommittee), ("A", For), ("B", For), ("C", Against), ("D", Against));

        Assert.Equal(AssemblyOutcome.Rejected, tally.Outcome);
        Assert.Equal((1L, 2L), (tally.AgreementAreaRatio.Numerator, tally.AgreementAreaRatio.Denominator));
    }

    [Fact]
    public void Nobody_taking_part_fails_the_quorum_with_zero_ratios()
    {
        var tally = Compound.CastAndClose(Compound.Vote(Compound.Register((88.5m, "A"), (120.25m, "B")), AssemblyMatter.Rebuilding));

        Assert.Equal(AssemblyOutcome.QuorumNotMet, tally.Outcome);
        Assert.Equal(0, tally.ParticipatingOwners);
        Assert.Equal(0L, tally.AgreementAreaRatio.Numerator);
        Assert.Equal(208.75m, tally.TotalArea.SquareMetres);
    }
}
