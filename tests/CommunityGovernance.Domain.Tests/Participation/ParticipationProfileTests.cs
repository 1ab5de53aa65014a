using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Domain.Tests.Actors;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using CommunityGovernance.Testing.Actors;
using CommunityGovernance.Testing.Communities;
using CommunityGovernance.Testing.Participation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Participation;

public sealed class ParticipationProfileTests
{
    private static readonly Instant At = Instant.FromUtc(2025, 5, 1, 9, 0);
    private static readonly CommunityUnit Compound = CommunityUnit.Living(new LivingCommunityId("GY-01"));
    private static readonly CommunityUnit OtherCompound = CommunityUnit.Living(new LivingCommunityId("GY-02"));
    private static readonly ActorId Resident = new("R-1");

    private static ParticipationEvidence Evidence(string reference, EvidenceKind kind, CommunityUnit community, LocalDate day, int? level = null) =>
        new(reference, kind, community, day, level);

    [Fact]
    public void Evidence_from_another_community_is_refused_and_changes_nothing()
    {
        var profile = ParticipationProfile.Open(Resident, Compound, EverythingExists.Directory, At);
        profile.Record(Evidence("M-1", EvidenceKind.MeetingAttended, Compound, new LocalDate(2025, 4, 1)), At);

        Refused.By(ParticipationRules.EvidenceFromProfileCommunity, profile, profile.ToSnapshot, () =>
            profile.Record(Evidence("M-2", EvidenceKind.MeetingAttended, OtherCompound, new LocalDate(2025, 4, 2)), At));
        Refused.By(ParticipationRules.EvidenceIsNotDuplicated, profile, profile.ToSnapshot, () =>
            profile.Record(Evidence("M-1", EvidenceKind.VoteCast, Compound, new LocalDate(2025, 4, 2)), At));
        Refused.By(ParticipationRules.EvidenceToRetractIsRecorded, profile, profile.ToSnapshot, () => profile.Retract("M-9", "recorded in error", At));
        Refused.By(KernelRules.TextIsRequired, profile, profile.ToSnapshot, () => profile.Retract("M-1", " ", At));
        Refused.By(KernelRules.ValueIsRequired, profile, profile.ToSnapshot, () => profile.Record(null!, At));
    }

    [Fact]
    public void Opening_needs_an_actor_and_a_community()
    {
        Assert.Equal(ActorRules.IdIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => ParticipationProfile.Open(default, Compound, EverythingExists.Directory, At)).Rule);
        Assert.Equal(CommunityRules.CommunityUnitSideMatches, Assert.Throws<DomainRuleViolationException>(() => ParticipationProfile.Open(Resident, default, EverythingExists.Directory, At)).Rule);
    }

    [Fact]
    public void Opening_needs_a_registered_participant_in_an_established_community()
    {
        var directory = FixedCommunityDirectory.Of(At, [Compound], [Resident]);

        Assert.Equal(KernelRules.ValueIsRequired, Assert.Throws<DomainRuleViolationException>(() => ParticipationProfile.Open(Resident, Compound, null!, At)).Rule);
        Assert.Equal(ActorRules.ActorIsRegistered, Assert.Throws<DomainRuleViolationException>(() => ParticipationProfile.Open(new ActorId("R-2"), Compound, directory, At)).Rule);
        Assert.Equal(CommunityRules.UnitIsEstablished, Assert.Throws<DomainRuleViolationException>(() => ParticipationProfile.Open(Resident, OtherCompound, directory, At)).Rule);
        Assert.Equal(ActorRules.ActorIsRegistered, Assert.Throws<DomainRuleViolationException>(() => ParticipationProfile.Open(Resident, Compound, directory, At - Duration.FromSeconds(1))).Rule);
        Assert.Equal(Compound, ParticipationProfile.Open(Resident, Compound, directory, At).Community);
    }

    [Fact]
    public void A_distribution_counts_only_the_profiles_of_its_community()
    {
        var mine = ParticipationProfile.Open(Resident, Compound, EverythingExists.Directory, At);
        mine.Record(Evidence("R-1", EvidenceKind.RoleHeld, Compound, new LocalDate(2025, 3, 1)), At);
        var elsewhere = ParticipationProfile.Open(new ActorId("R-2"), OtherCompound, EverythingExists.Directory, At);
        elsewhere.Record(Evidence("P-1", EvidenceKind.ProposalMade, OtherCompound, new LocalDate(2025, 3, 1)), At);
        ParticipationProfile[] both = [mine, elsewhere];

        var now = ParticipationDistribution.Of(Compound, both);
        var then = ParticipationDistribution.Of(Compound, both, new LocalDate(2025, 4, 1));

        Assert.Equal(now, ParticipationDistribution.Of(Compound, [mine]));
        Assert.Equal(then, ParticipationDistribution.Of(Compound, [mine], new LocalDate(2025, 4, 1)));
        Assert.NotEqual(now, ParticipationDistribution.Of(Compound, [mine, mine]));
        Assert.Equal(ParticipationDistribution.Of(OtherCompound, [elsewhere]), ParticipationDistribution.Of(OtherCompound, both));
    }

    [Fact]
    public void A_profile_changes_over_time_and_can_be_read_as_it_stood()
    {
        var profile = ParticipationProfile.Open(Resident, Compound, EverythingExists.Directory, At);
        profile.Record(Evidence("S-1", EvidenceKind.StatedWillingness, Compound, new LocalDate(2025, 1, 10), level: 2), At);
        profile.Record(Evidence("T-1", EvidenceKind.TrainingCompleted, Compound, new LocalDate(2025, 2, 1)), At);
        profile.Record(Evidence("S-2", EvidenceKind.StatedWillingness, Compound, new LocalDate(2025, 3, 1), level: 4), At);
        profile.Record(Evidence("R-1", EvidenceKind.RoleHeld, Compound, new LocalDate(2025, 3, 1)), At);
        profile.Record(Evidence("P-1", EvidenceKind.ProposalMade, Compound, new LocalDate(2025, 3, 5)), At);
        profile.Record(Evidence("P-2", EvidenceKind.ProposalMade, Compound, new LocalDate(2025, 3, 20)), At);
        profile.Record(Evidence("V-1", EvidenceKind.Volunteered, Compound, new LocalDate(2025, 4, 1)), At);

        Assert.True(profile.IsComplete);
        Assert.Equal(new ParticipationScores(50, 0, 30), profile.ScoresOn(new LocalDate(2025, 2, 1)));
        Assert.False(profile.ScoresOn(new LocalDate(2025, 3, 31)).IsComplete);

        profile.Retract("V-1", "It was a neighbour who volunteered.", At);
        Assert.Equal(new ParticipationScores(100, 50, 70), profile.Scores);
        Assert.False(profile.IsComplete);
    }

    [Fact]
    public void The_distribution_counts_each_dimension_and_completeness_in_one_community()
    {
        var complete = ParticipationGenerators.ProfileOf(new ActorId("R-1"), Compound,
        [
            Evidence("S", EvidenceKind.StatedWillingness, Compound, new LocalDate(2025, 1, 1), level: 3),
            Evidence("P1", EvidenceKind.ProposalMade, Compound, new LocalDate(2025, 1, 1)),
            Evidence("P2", EvidenceKind.ProposalMade, Compound, new LocalDate(2025, 1, 1)),
            Evidence("V", EvidenceKind.Volunteered, Compound, new LocalDate(2025, 1, 1)),
            Evidence("T", EvidenceKind.TrainingCompleted, Compound, new LocalDate(2025, 1, 1)),
            Evidence("R", EvidenceKind.RoleHeld, Compound, new LocalDate(2025, 1, 1)),
        ]);
        var willingOnly = ParticipationGenerators.ProfileOf(new ActorId("R-2"), Compound,
            [Evidence("S", EvidenceKind.StatedWillingness, Compound, new LocalDate(2025, 1, 1), level: 4)]);
        var elsewhere = ParticipationGenerators.ProfileOf(new ActorId("R-3"), OtherCompound,
            [Evidence("S", EvidenceKind.StatedWillingness, OtherCompound, new LocalDate(2025, 1, 1), level: 4)]);

        var distribution = ParticipationDistribution.Of(Compound, [complete, willingOnly, elsewhere]);

        Assert.Equal(2, distribution.Profiles);
        Assert.Equal(1, distribution.Complete);
        Assert.Equal(2, distribution.WillingnessReached);
        Assert.Equal(1, distribution.ActionReached);
        Assert.Equal(1, distribution.CapabilityReached);
        Assert.Equal(new EquatableArray<int>([0, 0, 0, 1, 1]), distribution.WillingnessBands);
        Assert.Equal(new EquatableArray<int>([1, 0, 0, 1, 0]), distribution.ActionBands);
        Assert.Equal(0, ParticipationDistribution.Of(Compound, [complete], new LocalDate(2024, 12, 31)).Complete);
    }

    private static Gen<(ParticipationProfile Profile, ParticipationEvidence Stranger)> ProfilesWithForeignEvidence { get; } =
        from profile in ParticipationGenerators.Profiles
        from other in UnitGenerators.Units.Where(u => u != profile.Community)
        from evidence in ParticipationGenerators.EvidenceFrom(other, "FOREIGN-1")
        select (profile, evidence);

    [ScaledProperty]
    public Property Evidence_from_another_community_is_always_refused_leaving_the_profile_unchanged() =>
        Prop.ForAll(ProfilesWithForeignEvidence.ToArbitrary(), t =>
        {
            var before = t.Profile.ToSnapshot();
            var version = t.Profile.Version;
            try
            {
                t.Profile.Record(t.Stranger, At);
                return false.Label("accepted foreign evidence");
            }
            catch (DomainRuleViolationException e)
            {
                return (e.Rule == ParticipationRules.EvidenceFromProfileCommunity && t.Profile.ToSnapshot() == before && t.Profile.Version == version)
                    .Label(e.Rule);
            }
        });

    [ScaledProperty(Arbitrary = new[] { typeof(ParticipationArbitraries) })]
    public Property A_profile_rebuilt_from_its_events_equals_the_live_one(ParticipationProfile profile)
    {
        var rebuilt = ParticipationProfile.FromHistory(profile.PendingEvents);
        return (rebuilt.ToSnapshot() == profile.ToSnapshot() && rebuilt.Scores == ParticipationScoring.Score(profile.Evidence)).ToProperty();
    }

    [ScaledProperty]
    public Property The_distribution_equals_a_naive_count() =>
        Prop.ForAll(ParticipationGenerators.Profiles.ArrayOf().ToArbitrary(), profiles =>
        {
            var community = CommunityUnit.Living(new LivingCommunityId("GY-01"));
            var mine = profiles.Where(p => p.Community == community).Select(p => p.Scores).ToArray();
            int[] Bands(Func<ParticipationScores, int> score) =>
                [.. Enumerable.Range(0, 5).Select(b => mine.Count(s => Math.Min(score(s) / 20, 4) == b))];

            var expected = new ParticipationDistribution(
                community,
                mine.Length,
                mine.Count(s => s.Willingness >= 60 && s.Action >= 60 && s.Capability >= 60),
                mine.Count(s => s.Willingness >= 60),
                mine.Count(s => s.Action >= 60),
                mine.Count(s => s.Capability >= 60),
                new EquatableArray<int>(Bands(s => s.Willingness)),
                new EquatableArray<int>(Bands(s => s.Action)),
                new EquatableArray<int>(Bands(s => s.Capability)));

            return (ParticipationDistribution.Of(community, profiles) == expected).Label($"{mine.Length} profiles in GY-01");
        });

    // Commands against a profile in GY-01: evidence from GY-01 or elsewhere, references that may repeat, and
    // retractions of references that may or may not be recorded.
    private static Gen<Action<ParticipationProfile>[]> Commands { get; } =
        Gen.OneOf(
            from community in Gen.Elements(Compound, Compound, OtherCompound)
            from reference in Gen.Choose(1, 8)
            from evidence in ParticipationGenerators.EvidenceFrom(community, $"E-{reference}")
            select (Action<ParticipationProfile>)(p => p.Record(evidence, At)),
            Gen.Choose(1, 8).Select(reference => (Action<ParticipationProfile>)(p => p.Retract($"E-{reference}", "recorded in error", At))))
        .ArrayOf();

    [ScaledProperty]
    public Property Any_command_sequence_keeps_scores_in_bounds_refusals_change_nothing_and_rebuild_is_equal() =>
        Prop.ForAll(Commands.ToArbitrary(), commands =>
        {
            var profile = ParticipationProfile.Open(Resident, Compound, EverythingExists.Directory, At);
            var ok = true;
            foreach (var command in commands)
            {
                var before = profile.ToSnapshot();
                try
                {
                    command(profile);
                }
                catch (DomainRuleViolationException)
                {
                    ok &= profile.ToSnapshot() == before;
                }

                var s = profile.Scores;
                ok &= s.Willingness is >= 0 and <= 100 && s.Action is >= 0 and <= 100 && s.Capability is >= 0 and <= 100
                      && profile.Evidence.All(e => e.Community == Compound)
                      && profile.Evidence.Select(e => e.Reference).Distinct().Count() == profile.Evidence.Count;
            }

            return (ok && ParticipationInvariants.Violations(profile).Count == 0
                    && ParticipationProfile.FromHistory(profile.PendingEvents).ToSnapshot() == profile.ToSnapshot())
                .Label($"{commands.Length} commands, {profile.Evidence.Count} pieces of evidence");
        });
}
