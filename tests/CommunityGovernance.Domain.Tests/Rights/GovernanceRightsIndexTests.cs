using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using static CommunityGovernance.Domain.Tests.Rights.GovernanceRightTests;

namespace CommunityGovernance.Domain.Tests.Rights;

public sealed class GovernanceRightsIndexTests
{
    private static GovernanceRightsIndex IndexOf(params GovernanceRight[] trees) =>
        GovernanceRightsIndex.Build(trees.SelectMany(t => t.PendingEvents));

    [Fact]
    public void A_right_over_a_street_covers_its_communities_but_not_the_district_or_a_neighbour()
    {
        var index = IndexOf(DelegatedDownToTheCommunity());

        Assert.True(index.MayExercise(StreetOffice, GovernancePower.TaskSetting, Community, Day(5)));
        Assert.True(index.MayExercise(StreetOffice, GovernancePower.TaskSetting, Street, Day(5)));
        Assert.False(index.MayExercise(StreetOffice, GovernancePower.TaskSetting, District, Day(5)));
        Assert.False(index.MayExercise(StreetOffice, GovernancePower.TaskSetting, OtherStreet, Day(5)));
        Assert.False(index.MayExercise(StreetOffice, GovernancePower.ResourceAllocation, Community, Day(5)));
    }

    [Fact]
    public void A_right_counts_from_the_start_of_its_validity_until_its_end_or_revocation()
    {
        var tree = DelegatedDownToTheCommunity();
        tree.Revoke(new("RC-2026-001"), Day(100));
        var index = IndexOf(tree);

        Assert.False(index.MayExercise(ResidentsCommittee, GovernancePower.TaskSetting, Community, Day(10) - NodaTime.Duration.Epsilon));
        Assert.True(index.MayExercise(ResidentsCommittee, GovernancePower.TaskSetting, Community, Day(10)));
        Assert.True(index.MayExercise(SocialOrganisation, GovernancePower.TimeScheduling, Community, Day(100) - NodaTime.Duration.Epsilon));
        Assert.False(index.MayExercise(SocialOrganisation, GovernancePower.TimeScheduling, Community, Day(100)));
        Assert.False(index.MayExercise(ResidentsCommittee, GovernancePower.TaskSetting, Community, Day(150)));
        Assert.True(index.MayExercise(StreetOffice, GovernancePower.TaskSetting, Community, Day(150)));
    }

    [Fact]
    public void Administrative_rights_never_reach_into_a_living_community()
    {
        var index = IndexOf(DelegatedDownToTheCommunity(), IntegratedRight());

        Assert.False(index.MayExercise(DistrictGovernment, GovernancePower.ResourceAllocation, Compound, Day(50)));
        Assert.True(index.MayExercise(ResidentsCommittee, GovernancePower.ResourceAllocation, Compound, Day(50)));
        Assert.False(index.MayExercise(ResidentsCommittee, GovernancePower.ResourceAllocation, Community, Day(50)));
        Assert.False(index.MayExercise(ResidentsCommittee, GovernancePower.ResourceAllocation, CommunityUnit.Living(new LivingCommunityId("GY-OTHER")), Day(50)));
    }

    [Fact]
    public void Unknown_actors_powers_and_units_are_simply_not_allowed()
    {
        var index = IndexOf(DelegatedDownToTheCommunity());

        Assert.False(index.MayExercise(new ActorId("nobody"), GovernancePower.TaskSetting, Community, Day(50)));
        Assert.False(index.MayExercise(StreetOffice, (GovernancePower)7, Community, Day(50)));
        Assert.False(index.MayExercise(StreetOffice, GovernancePower.TaskSetting, default, Day(50)));
        Assert.Equal(GovernancePowers.None, index.PowersOver(new ActorId("nobody"), Community, Day(50)));
    }

    [Fact]
    public void The_explanation_is_the_chain_from_the_grant_to_the_actors_own_right()
    {
        var index = IndexOf(DelegatedDownToTheCommunity());

        var allowed = index.Explain(SocialOrganisation, GovernancePower.TimeScheduling, Community, Day(50));
        var denied = index.Explain(SocialOrganisation, GovernancePower.TaskSetting, Community, Day(50));

        Assert.True(allowed.IsAllowed);
        Assert.Equal(["WJ-2026-001", "LC-2026-001", "RC-2026-001", "SO-2026-001"], allowed.Chain.Select(l => l.Right.Value));
        Assert.Equal([DistrictGovernment, StreetOffice, ResidentsCommittee, SocialOrganisation], allowed.Chain.Select(l => l.Holder));
        Assert.Equal([District, Street, Community, Community], allowed.Chain.Select(l => l.Scope));
        Assert.False(denied.IsAllowed);
        Assert.Equal(RightsRefusal.PowerNotHeld, denied.Refusal);
        Assert.Equal(GovernancePowers.Of(GovernancePower.TimeScheduling), denied.PowersHeld);
    }

    [Fact]
    public void Powers_over_a_unit_unite_every_live_right_along_its_chain()
    {
        var tree = DelegatedDownToTheCommunity();
        tree.Delegate(tree.Id, new("WJ-X"), new RightTerms(ResidentsCommittee, GovernancePowers.Of(GovernancePower.InspectionAndAssessment), Street, Year2026), EverythingExists.Directory, Day(4));
        var index = IndexOf(tree);

        Assert.Equal(
            GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.TimeScheduling, GovernancePower.InspectionAndAssessment),
            index.PowersOver(ResidentsCommittee, Community, Day(50)));
    }

    [Fact]
    public void Events_applied_one_by_one_give_the_same_answers_as_a_bulk_build()
    {
        var tree = DelegatedDownToTheCommunity();
        tree.Revoke(new("RC-2026-001"), Day(60));
        var incremental = new GovernanceRightsIndex();
        foreach (var e in tree.PendingEvents)
        {
            incremental.Apply(e);
        }

        var bulk = IndexOf(tree);
        Assert.Equal(4, incremental.Count);
        foreach (var day in new[] { 5, 20, 59, 60, 250 })
        {
            foreach (var actor in new[] { DistrictGovernment, StreetOffice, ResidentsCommittee, SocialOrganisation })
            {
                Assert.Equal(bulk.PowersOver(actor, Community, Day(day)), incremental.PowersOver(actor, Community, Day(day)));
            }
        }
    }

    [Fact]
    public void A_renewal_and_a_cut_move_the_end_the_index_checks_against()
    {
        var tree = DelegatedDownToTheCommunity();
        tree.ExtendValidity(new("RC-2026-001"), Day(250), Day(20));
        tree.ShortenValidity(new("SO-2026-001"), Day(60), Day(21));
        var index = IndexOf(tree);

        Assert.True(index.MayExercise(ResidentsCommittee, GovernancePower.TaskSetting, Community, Day(240)));
        Assert.False(index.MayExercise(ResidentsCommittee, GovernancePower.TaskSetting, Community, Day(250)));
        Assert.False(index.MayExercise(SocialOrganisation, GovernancePower.TimeScheduling, Community, Day(60)));
    }

    [Fact]
    public void Asking_about_now_reads_the_clock()
    {
        var index = IndexOf(DelegatedDownToTheCommunity());
        var clock = new NodaTime.Testing.FakeClock(Day(50));

        Assert.True(index.MayExerciseNow(SocialOrganisation, GovernancePower.TimeScheduling, Community, clock));
        clock.Reset(Day(130));
        Assert.False(index.MayExerciseNow(SocialOrganisation, GovernancePower.TimeScheduling, Community, clock));
        Assert.Equal(GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.TimeScheduling), index.PowersOverNow(ResidentsCommittee, Community, clock));
    }

    [Fact]
    public void An_event_that_does_not_fit_is_refused_and_leaves_the_index_as_it_was()
    {
        var tree = DistrictRight();
        var index = IndexOf(tree);

        Assert.Equal(GovernanceRightRules.GovernanceRightIdIsUnique, Assert.Throws<DomainRuleViolationException>(() => index.Apply(tree.PendingEvents[0])).Rule);
        var stray = new GovernanceRightRevoked(Day(3), tree.Id, new EquatableArray<GovernanceRightId>([tree.Id, new GovernanceRightId("ghost")]));
        Assert.Equal(GovernanceRightRules.GovernanceRightIsKnown, Assert.Throws<DomainRuleViolationException>(() => index.Apply(stray)).Rule);

        // No aggregate raises it, but a forged or corrupted log might: an extension to an end before the start.
        var backwards = new GovernanceRightValidityExtended(Day(3), tree.Id, tree.Root.Validity.Start - NodaTime.Duration.FromDays(1));
        Assert.Equal(GovernanceRightRules.ValidityExtensionLengthens, Assert.Throws<DomainRuleViolationException>(() => index.Apply(backwards)).Rule);
        Assert.Equal(tree.Rights.Count, index.Count);
        Assert.True(index.MayExercise(DistrictGovernment, GovernancePower.TaskSetting, Community, Day(5)));
        Assert.Equal([tree.Id.Value], index.Explain(DistrictGovernment, GovernancePower.TaskSetting, Community, Day(5)).Chain.Select(l => l.Right.Value));
    }

    [Fact]
    public void The_yes_or_no_check_allocates_nothing()
    {
        var index = IndexOf(DelegatedDownToTheCommunity(), IntegratedRight());
        var at = Day(50);
        _ = index.MayExercise(SocialOrganisation, GovernancePower.TimeScheduling, Community, at);
        _ = index.PowersOver(ResidentsCommittee, Compound, at);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var allowed = 0;
        for (var i = 0; i < 1_000; i++)
        {
            allowed += index.MayExercise(SocialOrganisation, GovernancePower.TimeScheduling, Community, at) ? 1 : 0;
            allowed += index.MayExercise(DistrictGovernment, GovernancePower.TaskSetting, Compound, at) ? 1 : 0;
            allowed += index.PowersOver(ResidentsCommittee, Compound, at).IsEmpty ? 0 : 1;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(2_000, allowed);
        Assert.Equal(0, allocated);
    }
}
