using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Rights;

public sealed class GovernanceRightTests
{
    internal static readonly ActorId DistrictGovernment = new("wenjiang-gov");
    internal static readonly ActorId StreetOffice = new("liucheng-street");
    internal static readonly ActorId ResidentsCommittee = new("rc-510115001001");
    internal static readonly ActorId SocialOrganisation = new("so-elder-care");
    internal static readonly CommunityUnit District = CommunityUnit.Administrative(AreaCode.Parse("510115"));
    internal static readonly CommunityUnit Street = CommunityUnit.Administrative(AreaCode.Parse("510115001"));
    internal static readonly CommunityUnit OtherStreet = CommunityUnit.Administrative(AreaCode.Parse("510115002"));
    internal static readonly CommunityUnit Community = CommunityUnit.Administrative(AreaCode.Parse("510115001001"));
    internal static readonly CommunityUnit Compound = CommunityUnit.Living(new LivingCommunityId("GY-LJY-01"));
    internal static readonly Interval Year2026 = new(Day(0), Day(365));

    internal static Instant Day(int day) => Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromDays(day);

    internal static GovernanceRight DistrictRight() => GovernanceRight.Grant(
        new GovernanceRightId("WJ-2026-001"),
        new RightTerms(DistrictGovernment, GovernancePowers.All, District, Year2026, new ResourceAllowance(1_000_000, 5_000, 2_000, 1_000)), EverythingExists.Directory,
        Day(0));

    internal static GovernanceRight IntegratedRight() => GovernanceRight.FromIntegration(
        new GovernanceRightId("GY-2026-INT-1"),
        new RightTerms(ResidentsCommittee, GovernancePowers.Of(GovernancePower.ResourceAllocation, GovernancePower.TimeScheduling), Compound, Year2026),
        new ResourceIntegration(new ActorId("pm-lijiayuan"), ResourcePartnerKind.Enterprise, new ResourceAllowance(20_000, 300, 0, 0)), EverythingExists.Directory,
        Day(10));

    /// <summary>District → street → community, each narrower, and the community empowers a social organisation in its field.</summary>
    internal static GovernanceRight DelegatedDownToTheCommunity()
    {
        var right = DistrictRight();
        right.Delegate(new("WJ-2026-001"), new("LC-2026-001"), new RightTerms(StreetOffice, GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.TimeScheduling, GovernancePower.InspectionAndAssessment), Street, new Interval(Day(0), Day(300)), new ResourceAllowance(100_000, 500, 200, 100)), EverythingExists.Directory, Day(1));
        right.Delegate(new("LC-2026-001"), new("RC-2026-001"), new RightTerms(ResidentsCommittee, GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.TimeScheduling), Community, new Interval(Day(10), Day(200)), new ResourceAllowance(10_000, 50, 20, 10)), EverythingExists.Directory, Day(2));
        right.Delegate(new("RC-2026-001"), new("SO-2026-001"), new RightTerms(SocialOrganisation, GovernancePowers.Of(GovernancePower.TimeScheduling), Community, new Interval(Day(30), Day(120))), EverythingExists.Directory, Day(3));
        return right;
    }

    [Fact]
    public void An_administrative_grant_raises_one_event_with_its_terms()
    {
        var right = DistrictRight();

        var granted = Assert.IsType<GovernanceRightGranted>(Assert.Single(right.PendingEvents));
        Assert.Equal(RightSource.Administrative, granted.Source);
        Assert.Equal(District, granted.Terms.Scope);
        Assert.Equal(right.Id, right.Root.Id);
        Assert.Null(right.Root.DelegatedFrom);
    }

    [Fact]
    public void Delegation_down_the_hierarchy_keeps_the_source_and_records_the_chain()
    {
        var right = DelegatedDownToTheCommunity();

        var chain = right.ChainTo(new("SO-2026-001"));
        Assert.Equal(["WJ-2026-001", "LC-2026-001", "RC-2026-001", "SO-2026-001"], chain.Select(r => r.Id.Value));
        Assert.All(chain, r => Assert.Equal(RightSource.Administrative, r.Source));
        Assert.Equal(3, right.PendingEvents.OfType<GovernanceRightDelegated>().Count());
    }

    public static TheoryData<string, RightTerms> Unlawful_delegations_from_the_street_right => new()
    {
        { GovernanceRightRules.DelegationGoesDownward, new RightTerms(StreetOffice, GovernancePowers.Of(GovernancePower.TaskSetting), District, new Interval(Day(0), Day(10))) },
        { GovernanceRightRules.DelegationNarrowsScope, new RightTerms(StreetOffice, GovernancePowers.Of(GovernancePower.TaskSetting), OtherStreet, new Interval(Day(0), Day(10))) },
        { GovernanceRightRules.DelegationStaysOnItsSide, new RightTerms(ResidentsCommittee, GovernancePowers.Of(GovernancePower.TaskSetting), Compound, new Interval(Day(0), Day(10))) },
        { GovernanceRightRules.DelegationNarrowsPowers, new RightTerms(ResidentsCommittee, GovernancePowers.Of(GovernancePower.ResourceAllocation), Community, new Interval(Day(0), Day(10))) },
        { GovernanceRightRules.DelegationNarrowsValidity, new RightTerms(ResidentsCommittee, GovernancePowers.Of(GovernancePower.TaskSetting), Community, new Interval(Day(0), Day(301))) },
        { GovernanceRightRules.DelegationNarrowsValidity, new RightTerms(ResidentsCommittee, GovernancePowers.Of(GovernancePower.TaskSetting), Community, new Interval(Day(5), null)) },
        { GovernanceRightRules.DelegationNarrowsResources, new RightTerms(ResidentsCommittee, GovernancePowers.Of(GovernancePower.TaskSetting), Community, new Interval(Day(0), Day(10)), new ResourceAllowance(0, 501, 0, 0)) },
        { GovernanceRightRules.RightTermsAreComplete, new RightTerms(ResidentsCommittee, GovernancePowers.None, Community, new Interval(Day(0), Day(10))) },
        { GovernanceRightRules.RightTermsAreComplete, new RightTerms(ResidentsCommittee, GovernancePowers.Of(GovernancePower.TaskSetting), Community, new Interval(Day(10), Day(10))) },
        { GovernanceRightRules.RightTermsAreComplete, new RightTerms(default, GovernancePowers.Of(GovernancePower.TaskSetting), Community, new Interval(Day(0), Day(10))) },
        { GovernanceRightRules.RightTermsAreComplete, new RightTerms(ResidentsCommittee, GovernancePowers.Of(GovernancePower.TaskSetting), default, new Interval(Day(0), Day(10))) },
    };

    [Theory]
    [MemberData(nameof(Unlawful_delegations_from_the_street_right))]
    public void An_upward_sideways_or_widening_delegation_is_refused_naming_the_rule_and_changes_nothing(string rule, RightTerms terms)
    {
        var right = DelegatedDownToTheCommunity();
        var before = right.ToSnapshot();
        var version = right.Version;

        var error = Assert.Throws<DomainRuleViolationException>(() => right.Delegate(new("LC-2026-001"), new("X-1"), terms, EverythingExists.Directory, Day(4)));

        Assert.Equal(rule, error.Rule);
        Assert.Equal(before, right.ToSnapshot());
        Assert.Equal(version, right.Version);
    }

    [Fact]
    public void Delegating_from_an_unknown_revoked_or_expired_right_or_reusing_an_id_is_refused()
    {
        var right = DelegatedDownToTheCommunity();
        var terms = new RightTerms(SocialOrganisation, GovernancePowers.Of(GovernancePower.TimeScheduling), Community, new Interval(Day(30), Day(40)));

        Assert.Equal(GovernanceRightRules.GovernanceRightIsKnown, Assert.Throws<DomainRuleViolationException>(() => right.Delegate(new("NOPE"), new("X-1"), terms, EverythingExists.Directory, Day(4))).Rule);
        Assert.Equal(GovernanceRightRules.GovernanceRightIdIsUnique, Assert.Throws<DomainRuleViolationException>(() => right.Delegate(new("RC-2026-001"), new("SO-2026-001"), terms, EverythingExists.Directory, Day(4))).Rule);
        Assert.Equal(GovernanceRightRules.DelegatingRightIsLive, Assert.Throws<DomainRuleViolationException>(() => right.Delegate(new("SO-2026-001"), new("X-1"), terms with { Validity = new Interval(Day(121), Day(122)) }, EverythingExists.Directory, Day(120))).Rule);

        right.Revoke(new("RC-2026-001"), Day(130));
        Assert.Equal(GovernanceRightRules.DelegatingRightIsLive, Assert.Throws<DomainRuleViolationException>(() => right.Delegate(new("RC-2026-001"), new("X-1"), terms, EverythingExists.Directory, Day(131))).Rule);
        Assert.Equal(GovernanceRightRules.GovernanceRightIdIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => right.Delegate(new("LC-2026-001"), default, terms, EverythingExists.Directory, Day(131))).Rule);
    }

    [Fact]
    public void Revoking_a_right_revokes_every_right_delegated_from_it_at_the_same_instant()
    {
        var right = DelegatedDownToTheCommunity();

        right.Revoke(new("LC-2026-001"), Day(50));

        var revoked = Assert.IsType<GovernanceRightRevoked>(right.PendingEvents[^1]);
        Assert.Equal(["LC-2026-001", "RC-2026-001", "SO-2026-001"], revoked.Revoked.Select(id => id.Value));
        Assert.All(revoked.Revoked, id => Assert.Equal(Day(50), right.Find(id)!.RevokedAt));
        Assert.Null(right.Root.RevokedAt);
        Assert.True(right.Find(new("SO-2026-001"))!.IsLiveAt(Day(49)));
        Assert.False(right.Find(new("SO-2026-001"))!.IsLiveAt(Day(50)));
    }

    [Fact]
    public void A_revoked_right_is_not_revoked_again_and_commands_come_in_time_order()
    {
        var right = DelegatedDownToTheCommunity();
        right.Revoke(new("RC-2026-001"), Day(50));

        Assert.Equal(GovernanceRightRules.GovernanceRightIsNotRevoked, Assert.Throws<DomainRuleViolationException>(() => right.Revoke(new("RC-2026-001"), Day(51))).Rule);
        Assert.Equal(GovernanceRightRules.RightCommandsAreChronological, Assert.Throws<DomainRuleViolationException>(() => right.Revoke(new("LC-2026-001"), Day(49))).Rule);
        Assert.Equal(GovernanceRightRules.GovernanceRightIsKnown, Assert.Throws<DomainRuleViolationException>(() => right.Revoke(new("NOPE"), Day(52))).Rule);
    }

    [Fact]
    public void Shortening_a_validity_cuts_every_descendant_that_ran_longer()
    {
        var right = DelegatedDownToTheCommunity();

        right.ShortenValidity(new("LC-2026-001"), Day(100), Day(20));

        var shortened = Assert.IsType<GovernanceRightValidityShortened>(right.PendingEvents[^1]);
        Assert.Equal(["LC-2026-001", "RC-2026-001", "SO-2026-001"], shortened.Shortened.Select(id => id.Value));
        Assert.Equal(new Interval(Day(10), Day(100)), right.Find(new("RC-2026-001"))!.Validity);
        Assert.Equal(new Interval(Day(30), Day(100)), right.Find(new("SO-2026-001"))!.Validity);
        Assert.Equal(Year2026, right.Root.Validity);
    }

    [Theory]
    [InlineData(-5, 20)]
    [InlineData(10, 20)]
    [InlineData(300, 20)]
    [InlineData(400, 20)]
    public void A_validity_is_only_shortened_forward_within_itself(int newEndDay, int atDay)
    {
        var right = DelegatedDownToTheCommunity();
        var before = right.ToSnapshot();

        var error = Assert.Throws<DomainRuleViolationException>(() => right.ShortenValidity(new("LC-2026-001"), Day(newEndDay), Day(atDay)));

        Assert.Equal(GovernanceRightRules.ValidityChangeNarrows, error.Rule);
        Assert.Equal(before, right.ToSnapshot());
    }

    [Fact]
    public void Renewing_a_right_moves_its_end_later_within_the_right_it_came_from()
    {
        var right = DelegatedDownToTheCommunity();

        right.ExtendValidity(new("RC-2026-001"), Day(280), Day(20));

        Assert.IsType<GovernanceRightValidityExtended>(right.PendingEvents[^1]);
        Assert.Equal(new Interval(Day(10), Day(280)), right.Find(new("RC-2026-001"))!.Validity);
        Assert.Equal(new Interval(Day(30), Day(120)), right.Find(new("SO-2026-001"))!.Validity);
        Assert.Equal(right.ToSnapshot(), GovernanceRight.FromHistory(right.PendingEvents).ToSnapshot());
    }

    [Theory]
    [InlineData("RC-2026-001", 301, GovernanceRightRules.DelegationNarrowsValidity)]
    [InlineData("RC-2026-001", 200, GovernanceRightRules.ValidityExtensionLengthens)]
    [InlineData("RC-2026-001", 150, GovernanceRightRules.ValidityExtensionLengthens)]
    [InlineData("NOPE", 250, GovernanceRightRules.GovernanceRightIsKnown)]
    public void A_renewal_that_shortens_or_outlasts_its_parent_is_refused_and_changes_nothing(string id, int newEndDay, string rule)
    {
        var right = DelegatedDownToTheCommunity();
        var before = right.ToSnapshot();

        var error = Assert.Throws<DomainRuleViolationException>(() => right.ExtendValidity(new(id), Day(newEndDay), Day(20)));

        Assert.Equal(rule, error.Rule);
        Assert.Equal(before, right.ToSnapshot());
    }

    [Fact]
    public void An_open_ended_right_cannot_be_renewed()
    {
        var right = GovernanceRight.Grant(new("OPEN"), new RightTerms(DistrictGovernment, GovernancePowers.All, District, new Interval(Day(0), null)), EverythingExists.Directory, Day(0));

        var error = Assert.Throws<DomainRuleViolationException>(() => right.ExtendValidity(right.Id, Day(500), Day(1)));

        Assert.Equal(GovernanceRightRules.ValidityExtensionLengthens, error.Rule);
    }

    [Fact]
    public void An_administrative_right_is_never_granted_over_a_living_community()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() =>
            GovernanceRight.Grant(new("X"), new RightTerms(StreetOffice, GovernancePowers.All, Compound, Year2026), EverythingExists.Directory, Day(0)));
        Assert.Equal(GovernanceRightRules.AdministrativeRightHasAdministrativeScope, error.Rule);
    }

    [Fact]
    public void Integration_gives_a_market_and_social_right_whose_allowance_grows_with_each_integration()
    {
        var right = IntegratedRight();

        right.IntegrateResources(new ResourceIntegration(SocialOrganisation, ResourcePartnerKind.SocialOrganisation, new ResourceAllowance(0, 0, 400, 120)), Day(20));

        Assert.Equal(RightSource.MarketAndSocial, right.Root.Source);
        Assert.Equal(new ResourceAllowance(20_000, 300, 400, 120), right.Root.Terms.Resources);
        Assert.Equal(2, right.Integrations.Count);
        Assert.Equal(2, right.PendingEvents.OfType<ResourcesIntegrated>().Count());
    }

    [Fact]
    public void Integration_needs_resource_allocation_and_a_market_and_social_right()
    {
        var noAllocation = Assert.Throws<DomainRuleViolationException>(() => GovernanceRight.FromIntegration(
            new("X"),
            new RightTerms(ResidentsCommittee, GovernancePowers.Of(GovernancePower.TaskSetting), Compound, Year2026),
            new ResourceIntegration(SocialOrganisation, ResourcePartnerKind.SocialOrganisation, new ResourceAllowance(1, 0, 0, 0)), EverythingExists.Directory,
            Day(0)));
        Assert.Equal(GovernanceRightRules.IntegratedRightAllocatesResources, noAllocation.Rule);

        var administrative = DistrictRight();
        var intoAdministrative = Assert.Throws<DomainRuleViolationException>(() => administrative.IntegrateResources(
            new ResourceIntegration(SocialOrganisation, ResourcePartnerKind.SocialOrganisation, new ResourceAllowance(1, 0, 0, 0)), Day(1)));
        Assert.Equal(GovernanceRightRules.IntegrationExpandsMarketAndSocialRight, intoAdministrative.Rule);
    }

    [Fact]
    public void A_living_community_right_is_delegated_within_its_field_only()
    {
        var right = IntegratedRight();
        var delegated = right.Delegate(right.Id, new("GY-SO-1"), new RightTerms(SocialOrganisation, GovernancePowers.Of(GovernancePower.ResourceAllocation), Compound, new Interval(Day(10), Day(100)), new ResourceAllowance(5_000, 0, 0, 0)), EverythingExists.Directory, Day(11));

        Assert.Equal(RightSource.MarketAndSocial, delegated.Source);
        var error = Assert.Throws<DomainRuleViolationException>(() => right.Delegate(right.Id, new("GY-X"), new RightTerms(SocialOrganisation, GovernancePowers.Of(GovernancePower.ResourceAllocation), Community, new Interval(Day(10), Day(100))), EverythingExists.Directory, Day(12)));
        Assert.Equal(GovernanceRightRules.DelegationStaysOnItsSide, error.Rule);
    }

    [Fact]
    public void Replaying_the_events_rebuilds_an_equal_tree()
    {
        var right = DelegatedDownToTheCommunity();
        right.ShortenValidity(new("RC-2026-001"), Day(150), Day(20));
        right.Revoke(new("LC-2026-001"), Day(60));

        var rebuilt = GovernanceRight.FromHistory(right.PendingEvents);

        Assert.Equal(right.ToSnapshot(), rebuilt.ToSnapshot());
        Assert.Equal(right.Version, rebuilt.Version);
        Assert.Empty(rebuilt.PendingEvents);
    }
}
