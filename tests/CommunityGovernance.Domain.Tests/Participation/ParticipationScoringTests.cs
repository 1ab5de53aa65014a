using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using CommunityGovernance.Testing.Participation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Participation;

public sealed class ParticipationScoringTests
{
    private static readonly CommunityUnit Compound = CommunityUnit.Living(new LivingCommunityId("GY-01"));
    private static readonly LocalDate Day = new(2025, 5, 1);

    private static ParticipationEvidence Evidence(string reference, EvidenceKind kind, int? level = null, int daysLater = 0) =>
        new(reference, kind, Compound, Day.PlusDays(daysLater), level);

    [Fact]
    public void No_evidence_scores_nothing_and_is_not_complete()
    {
        var scores = ParticipationScoring.Score([]);

        Assert.Equal(new ParticipationScores(0, 0, 0), scores);
        Assert.False(scores.IsComplete);
    }

    [Fact]
    public void The_documented_example_is_complete()
    {
        var scores = ParticipationScoring.Score(
        [
            Evidence("S-1", EvidenceKind.StatedWillingness, level: 3),
            Evidence("P-1", EvidenceKind.ProposalMade),
            Evidence("P-2", EvidenceKind.ProposalMade),
            Evidence("V-1", EvidenceKind.Volunteered),
            Evidence("T-1", EvidenceKind.TrainingCompleted),
            Evidence("R-1", EvidenceKind.RoleHeld),
        ]);

        Assert.Equal(new ParticipationScores(75, 70, 70), scores);
        Assert.True(scores.IsComplete);
    }

    [Fact]
    public void Of_two_statements_on_one_day_the_one_recorded_later_counts()
    {
        var scores = ParticipationScoring.Score(
        [
            Evidence("S-1", EvidenceKind.StatedWillingness, level: 1),
            Evidence("S-2", EvidenceKind.StatedWillingness, level: 3),
        ]);
        var reversed = ParticipationScoring.Score(
        [
            Evidence("S-2", EvidenceKind.StatedWillingness, level: 3),
            Evidence("S-1", EvidenceKind.StatedWillingness, level: 1),
        ]);

        Assert.Equal(75, scores.Willingness);
        Assert.Equal(25, reversed.Willingness);
    }

    [Fact]
    public void Reaching_exactly_sixty_in_action_and_capability_is_complete_and_one_step_less_is_not()
    {
        ParticipationEvidence[] onTheLine =
        [
            Evidence("S-1", EvidenceKind.StatedWillingness, level: 3),
            Evidence("V-1", EvidenceKind.Volunteered),
            Evidence("V-2", EvidenceKind.Volunteered),
            Evidence("V-3", EvidenceKind.Volunteered),
            Evidence("T-1", EvidenceKind.TrainingCompleted),
            Evidence("T-2", EvidenceKind.TrainingCompleted),
        ];

        var scores = ParticipationScoring.Score(onTheLine);

        Assert.Equal(new ParticipationScores(75, 60, 60), scores);
        Assert.True(scores.IsComplete);
        Assert.False(ParticipationScoring.Score(onTheLine.Where(e => e.Reference != "V-3")).IsComplete);
        Assert.False(ParticipationScoring.Score(onTheLine.Where(e => e.Reference != "T-2")).IsComplete);
        Assert.False(ParticipationScoring.Score([Evidence("S-1", EvidenceKind.StatedWillingness, level: 2), .. onTheLine.Skip(1)]).IsComplete);
    }

    [Theory]
    [InlineData(60, 60, 60, true)]
    [InlineData(59, 60, 60, false)]
    [InlineData(60, 59, 60, false)]
    [InlineData(60, 60, 59, false)]
    [InlineData(100, 100, 100, true)]
    [InlineData(0, 100, 100, false)]
    public void Each_dimension_must_reach_the_threshold_of_sixty(int willingness, int action, int capability, bool complete)
    {
        var scores = new ParticipationScores(willingness, action, capability);

        Assert.Equal(complete, scores.IsComplete);
        Assert.Equal(willingness >= 60, scores.Reaches(ParticipationDimension.Willingness));
        Assert.Equal(action >= 60, scores.Reaches(ParticipationDimension.Action));
        Assert.Equal(capability >= 60, scores.Reaches(ParticipationDimension.Capability));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(19, 0)]
    [InlineData(20, 1)]
    [InlineData(39, 1)]
    [InlineData(40, 2)]
    [InlineData(59, 2)]
    [InlineData(60, 3)]
    [InlineData(79, 3)]
    [InlineData(80, 4)]
    [InlineData(100, 4)]
    public void A_score_falls_in_its_band_of_twenty_and_the_top_band_holds_one_hundred(int score, int band)
    {
        Assert.Equal(band, ParticipationDistribution.BandOf(score));
    }

    [Fact]
    public void Willing_and_able_but_inactive_is_not_complete()
    {
        var scores = ParticipationScoring.Score(
        [
            Evidence("S-1", EvidenceKind.StatedWillingness, level: 4),
            Evidence("M-1", EvidenceKind.MeetingAttended),
            Evidence("T-1", EvidenceKind.TrainingCompleted),
            Evidence("R-1", EvidenceKind.RoleHeld),
        ]);

        Assert.Equal(new ParticipationScores(100, 10, 70), scores);
        Assert.False(scores.IsComplete);
        Assert.False(scores.Reaches(ParticipationDimension.Action));
    }

    [Fact]
    public void The_latest_stated_willingness_replaces_earlier_ones_and_sums_are_capped()
    {
        var scores = ParticipationScoring.Score(
        [
            Evidence("S-2", EvidenceKind.StatedWillingness, level: 1, daysLater: 30),
            Evidence("S-1", EvidenceKind.StatedWillingness, level: 4),
            .. Enumerable.Range(1, 5).Select(n => Evidence($"P-{n}", EvidenceKind.ProposalMade)),
        ]);

        Assert.Equal(25, scores.Willingness);
        Assert.Equal(ParticipationScoring.MaxScore, scores.Action);
    }

    [Theory]
    [InlineData(EvidenceKind.StatedWillingness, null)]
    [InlineData(EvidenceKind.StatedWillingness, 5)]
    [InlineData(EvidenceKind.StatedWillingness, -1)]
    [InlineData(EvidenceKind.VoteCast, 2)]
    [InlineData((EvidenceKind)0, null)]
    public void Malformed_evidence_is_refused(EvidenceKind kind, int? level)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => Evidence("E-1", kind, level));
        Assert.Equal(ParticipationRules.EvidenceIsWellFormed, error.Rule);
    }

    [Fact]
    public void An_unknown_dimension_has_no_score()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => new ParticipationScores(80, 80, 80).Reaches((ParticipationDimension)4));
        Assert.Equal(ParticipationRules.DimensionIsKnown, error.Rule);
    }

    [Fact]
    public void A_reference_must_be_well_formed()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => new ParticipationEvidence("minutes #3", EvidenceKind.MeetingAttended, Compound, Day));
        Assert.Equal(ParticipationRules.EvidenceIsWellFormed, error.Rule);
    }

    private static Gen<ParticipationEvidence[]> EvidenceLists { get; } = ParticipationGenerators.EvidenceListsFrom(Compound);

    [ScaledProperty]
    public Property Scores_stay_in_bounds_and_complete_holds_exactly_when_all_three_reach_the_threshold() =>
        Prop.ForAll(EvidenceLists.ToArbitrary(), evidence =>
        {
            var s = ParticipationScoring.Score(evidence);
            var inBounds = new[] { s.Willingness, s.Action, s.Capability }.All(x => x is >= 0 and <= ParticipationScoring.MaxScore);
            var complete = s.Willingness >= 60 && s.Action >= 60 && s.Capability >= 60;
            return (inBounds && s.IsComplete == complete).Label(s.ToString()).Classify(s.IsComplete, "complete");
        });

    [ScaledProperty]
    public Property Scores_follow_the_documented_rule() =>
        Prop.ForAll(EvidenceLists.ToArbitrary(), evidence =>
        {
            var points = new Dictionary<EvidenceKind, int>
            {
                [EvidenceKind.MeetingAttended] = 10,
                [EvidenceKind.VoteCast] = 10,
                [EvidenceKind.Volunteered] = 20,
                [EvidenceKind.ProposalMade] = 25,
                [EvidenceKind.TrainingCompleted] = 30,
                [EvidenceKind.RoleHeld] = 40,
            };
            var statements = evidence.Select((e, i) => (e, i)).Where(x => x.e.Kind == EvidenceKind.StatedWillingness).ToArray();
            var latest = statements.Length == 0 ? 0 : statements.OrderBy(x => x.e.OccurredOn).ThenBy(x => x.i).Last().e.WillingnessLevel!.Value;
            var action = Math.Min(100, evidence.Where(e => e.Kind is EvidenceKind.MeetingAttended or EvidenceKind.VoteCast or EvidenceKind.Volunteered or EvidenceKind.ProposalMade).Sum(e => points[e.Kind]));
            var capability = Math.Min(100, evidence.Where(e => e.Kind is EvidenceKind.TrainingCompleted or EvidenceKind.RoleHeld).Sum(e => points[e.Kind]));

            return (ParticipationScoring.Score(evidence) == new ParticipationScores(latest * 25, action, capability)).ToProperty();
        });
}
