using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Communities;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Rights;

// Explain on a refusal says why, one example per reason; RightsPropertyTests compares every answer with the reference model.
public sealed class RightsRefusalTests
{
    private static readonly Instant s_start = Instant.FromUtc(2026, 1, 1, 0, 0);
    private static readonly Interval s_year = new(s_start, s_start + Duration.FromDays(365));
    private static readonly ActorId s_district = new("wenjiang-gov");
    private static readonly ActorId s_street = new("liucheng-street");
    private static readonly CommunityUnit s_wenjiang = CommunityUnit.Administrative(AreaCode.Parse("510115"));
    private static readonly CommunityUnit s_liucheng = CommunityUnit.Administrative(AreaCode.Parse("510115001"));
    private static readonly CommunityUnit s_heping = CommunityUnit.Administrative(AdministrativeCommunityId.Parse("510115001001"));
    private static readonly CommunityUnit s_yongning = CommunityUnit.Administrative(AdministrativeCommunityId.Parse("510115002001"));

    private static GovernanceRight Tree(Interval streetValidity)
    {
        var tree = GovernanceRight.Grant(new GovernanceRightId("WJ-1"), new RightTerms(s_district, GovernancePowers.All, s_wenjiang, s_year), EverythingExists.Directory, s_start);
        tree.Delegate(tree.Id, new GovernanceRightId("LC-1"), new RightTerms(s_street, GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.InspectionAndAssessment), s_liucheng, streetValidity), EverythingExists.Directory, s_start);
        return tree;
    }

    [Fact]
    public void An_actor_with_no_right_at_all()
    {
        var why = GovernanceRightsIndex.Build(Tree(s_year).PendingEvents).Explain(new ActorId("nobody"), GovernancePower.TaskSetting, s_heping, s_start);

        Assert.Equal((false, RightsRefusal.NoRight), (why.IsAllowed, why.Refusal));
        Assert.Equal("the actor holds no governance right", why.Reason);
    }

    [Fact]
    public void A_revoked_right_says_when_with_which_right_and_by_whom()
    {
        var tree = Tree(s_year);
        tree.Revoke(new GovernanceRightId("LC-1"), s_start + Duration.FromDays(10));
        var index = GovernanceRightsIndex.Build(tree.PendingEvents);

        var before = index.Explain(s_street, GovernancePower.TaskSetting, s_heping, s_start + Duration.FromDays(9));
        var after = index.Explain(s_street, GovernancePower.TaskSetting, s_heping, s_start + Duration.FromDays(11));

        Assert.True(before.IsAllowed);
        Assert.Equal(RightsRefusal.Revoked, after.Refusal);
        Assert.Equal(s_start + Duration.FromDays(10), after.RevokedAt);
        Assert.Equal(new GovernanceRightId("LC-1"), after.RevokedWith);
        Assert.Equal(s_district, after.RevokedBy);
        Assert.Equal(["WJ-1", "LC-1"], after.Chain.Select(l => l.Right.Value));
        Assert.Contains("right LC-1 was revoked at 2026-01-11", after.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_right_revoked_with_its_parent_names_the_parent()
    {
        var tree = Tree(s_year);
        tree.Revoke(new GovernanceRightId("WJ-1"), s_start + Duration.FromDays(10));

        var why = GovernanceRightsIndex.Build(tree.PendingEvents).Explain(s_street, GovernancePower.TaskSetting, s_heping, s_start + Duration.FromDays(11));

        Assert.Equal((RightsRefusal.Revoked, new GovernanceRightId("WJ-1")), (why.Refusal, why.RevokedWith));
        Assert.Null(why.RevokedBy);   // an original right: the index does not know its grantor
        Assert.Contains("with WJ-1", why.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_right_not_yet_valid_and_one_expired()
    {
        var later = new Interval(s_start + Duration.FromDays(30), s_start + Duration.FromDays(60));
        var index = GovernanceRightsIndex.Build(Tree(later).PendingEvents);

        var early = index.Explain(s_street, GovernancePower.TaskSetting, s_heping, s_start + Duration.FromDays(1));
        var late = index.Explain(s_street, GovernancePower.TaskSetting, s_heping, s_start + Duration.FromDays(61));

        Assert.Equal(RightsRefusal.NotYetValid, early.Refusal);
        Assert.Equal("right LC-1 is valid only from 2026-01-31T00:00:00Z", early.Reason);
        Assert.Equal(RightsRefusal.Expired, late.Refusal);
        Assert.Equal("right LC-1 expired at 2026-03-02T00:00:00Z", late.Reason);
    }

    [Fact]
    public void A_power_not_held_names_the_powers_that_are()
    {
        var why = GovernanceRightsIndex.Build(Tree(s_year).PendingEvents).Explain(s_street, GovernancePower.ResourceAllocation, s_heping, s_start);

        Assert.Equal(RightsRefusal.PowerNotHeld, why.Refusal);
        Assert.Equal(GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.InspectionAndAssessment), why.PowersHeld);
        Assert.Equal("the actor's rights over the unit confer only TaskSetting, InspectionAndAssessment", why.Reason);
    }

    [Fact]
    public void A_scope_that_does_not_cover_the_unit()
    {
        var index = GovernanceRightsIndex.Build(Tree(s_year).PendingEvents);

        var elsewhere = index.Explain(s_street, GovernancePower.TaskSetting, s_yongning, s_start);
        var living = index.Explain(s_street, GovernancePower.TaskSetting, CommunityUnit.Living(new LivingCommunityId("GUANGHUA")), s_start);

        Assert.Equal(RightsRefusal.ScopeDoesNotCover, elsewhere.Refusal);
        Assert.Equal(RightsRefusal.ScopeDoesNotCover, living.Refusal);   // a right over an administrative unit never covers a living community
    }

    [Fact]
    public void Fed_a_district_the_index_refuses_units_that_district_never_established()
    {
        var wenjiang = District.Establish(AreaCode.Parse("510115"), "温江区", s_start);
        wenjiang.EstablishStreet(AreaCode.Parse("510115001"), "柳城街道", s_start);
        wenjiang.EstablishCommunity(AdministrativeCommunityId.Parse("510115001001"), "和平社区", s_start);
        var index = GovernanceRightsIndex.Build(wenjiang.PendingEvents.Concat(Tree(s_year).PendingEvents));
        var nowhere = CommunityUnit.Administrative(AdministrativeCommunityId.Parse("510115001999"));

        Assert.True(index.KnowsHierarchy);
        Assert.True(index.MayExercise(s_street, GovernancePower.TaskSetting, s_heping, s_start));
        Assert.False(index.MayExercise(s_street, GovernancePower.TaskSetting, nowhere, s_start));
        Assert.Equal(GovernancePowers.None, index.PowersOver(s_street, nowhere, s_start));
        Assert.Equal(RightsRefusal.UnitOutsideHierarchy, index.Explain(s_street, GovernancePower.TaskSetting, nowhere, s_start).Refusal);
        Assert.False(index.MayExercise(s_district, GovernancePower.TaskSetting, CommunityUnit.Administrative(AreaCode.Parse("510115009")), s_start));   // a street never established
        Assert.True(GovernanceRightsIndex.Build(Tree(s_year).PendingEvents).MayExercise(s_street, GovernancePower.TaskSetting, nowhere, s_start));   // fed no hierarchy: codes alone
    }

    [Fact]
    public void Fed_all_of_Wenjiang_the_index_knows_every_real_unit_and_no_code_beside_them()
    {
        // 105 units: the hierarchy's table grows from 8 places several times on the way.
        var wenjiang = RealDivisions.Wenjiang(s_start);
        var index = GovernanceRightsIndex.Build(wenjiang.PendingEvents.Concat(Tree(s_year).PendingEvents));
        var copy = new GovernanceRightsIndex();
        copy.CopyFrom(index);

        foreach (var community in RealDivisions.WenjiangCommunityIds)
        {
            var unit = CommunityUnit.Administrative(community);
            var beside = CommunityUnit.Administrative(AdministrativeCommunityId.Parse(community.AreaCode.Parent + "999"));
            Assert.True(index.MayExercise(s_district, GovernancePower.TaskSetting, unit, s_start), community.ToString());
            Assert.True(copy.MayExercise(s_district, GovernancePower.TaskSetting, unit, s_start), community.ToString());
            Assert.Equal(RightsRefusal.UnitOutsideHierarchy, index.Explain(s_district, GovernancePower.TaskSetting, beside, s_start).Refusal);
            Assert.False(copy.MayExercise(s_district, GovernancePower.TaskSetting, beside, s_start));
        }

        Assert.All(RealDivisions.WenjiangStreetCodes, street => Assert.True(index.MayExercise(s_district, GovernancePower.TaskSetting, CommunityUnit.Administrative(street), s_start)));
        Assert.True(index.MayExercise(s_district, GovernancePower.TaskSetting, s_wenjiang, s_start));
    }
}
