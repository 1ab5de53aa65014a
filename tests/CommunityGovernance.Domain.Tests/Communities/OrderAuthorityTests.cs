using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities;

// An order sinks only through the committee of a community that covers the target, from an issuer that holds the
// order's power over that community at that instant; MaySink answers the same question before anything is raised.
public sealed class OrderAuthorityTests
{
    private static readonly AdministrativeCommunityId s_heping = AdministrativeCommunityId.Parse("510115001001");
    private static readonly AdministrativeCommunityId s_huangjinlu = AdministrativeCommunityId.Parse("510115001002");
    private static readonly AdministrativeCommunityId s_dongjie = AdministrativeCommunityId.Parse("510115001003");
    private static readonly LivingCommunityId s_guanghua = new("GUANGHUA-YIJIA");
    private static readonly ActorId s_liucheng = new("JD-510115001");
    private static readonly ActorId s_tianfu = new("JD-510115004");

    // 光华逸家 lies in 和平 and 黄金路; 东街 covers another compound. Liucheng's street office sets tasks and inspects in
    // its street; Tianfu's holds the same over Tianfu street only.
    private static CrossingWorld Liucheng() => new CrossingWorld(TestTime.Start - Duration.FromDays(30))
        .Cover(s_guanghua, s_heping)
        .Cover(s_guanghua, s_huangjinlu)
        .Cover(new LivingCommunityId("DONGJIE-YUAN"), s_dongjie)
        .Grant(s_liucheng, GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.InspectionAndAssessment), CommunityUnit.Administrative(AreaCode.Parse("510115001")))
        .Grant(s_tianfu, GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.InspectionAndAssessment), CommunityUnit.Administrative(AreaCode.Parse("510115004")));

    private static ResidentsCommitteeChannel Through(AdministrativeCommunityId community) => new(new ActorId("JWH-" + community), community);

    private static AdministrativeOrder Sink(CrossingWorld world, ActorId issuer, GovernancePower power, AdministrativeCommunityId through, Instant at) =>
        AdministrativeOrder.Sink(new CrossingId("ORDER-1"), issuer, power, Through(through), s_guanghua, "消防通道检查", null, world.Rights, world, at);

    [Fact]
    public void The_issues_example_is_refused_twice_over_and_the_lawful_order_sinks()
    {
        var world = Liucheng();

        var wrongChannel = Assert.Throws<DomainRuleViolationException>(() => Sink(world, s_tianfu, GovernancePower.InspectionAndAssessment, s_dongjie, TestTime.Start));
        var noRight = Assert.Throws<DomainRuleViolationException>(() => Sink(world, s_tianfu, GovernancePower.InspectionAndAssessment, s_heping, TestTime.Start));
        var order = Sink(world, s_liucheng, GovernancePower.InspectionAndAssessment, s_huangjinlu, TestTime.Start);

        Assert.Equal(CommunityRules.CrossingChannelCoversLivingCommunity, wrongChannel.Rule);
        Assert.Contains("the committees of 510115001001, 510115001002 can", wrongChannel.Message, StringComparison.Ordinal);
        Assert.Equal(CommunityRules.OrderIssuerHoldsPower, noRight.Rule);
        Assert.Contains("no scope of the actor's rights covers the unit", noRight.Message, StringComparison.Ordinal);
        Assert.Contains("over none of the communities covering it", noRight.Message, StringComparison.Ordinal);
        Assert.Equal(AdministrativeOrderStatus.Sunk, order.Status);
        Assert.Equal(new GovernanceRightId("WORLD-1"), order.AuthorisedBy);
    }

    [Fact]
    public void May_sink_names_the_committees_that_may_carry_the_order_and_the_right_that_makes_it_so()
    {
        var world = Liucheng();

        var liucheng = AdministrativeOrder.MaySink(s_liucheng, GovernancePower.TaskSetting, s_guanghua, world.Rights, world, TestTime.Start);
        var tianfu = AdministrativeOrder.MaySink(s_tianfu, GovernancePower.TaskSetting, s_guanghua, world.Rights, world, TestTime.Start);
        var uncovered = AdministrativeOrder.MaySink(s_liucheng, GovernancePower.TaskSetting, new LivingCommunityId("NOWHERE"), world.Rights, world, TestTime.Start);

        Assert.True(liucheng.IsAllowed);
        Assert.Equal([s_heping, s_huangjinlu], liucheng.Channels);
        Assert.Equal(s_heping, liucheng.Through);
        Assert.Equal(["WORLD-1"], liucheng.Justification.Chain.Select(l => l.Right.Value));
        Assert.False(tianfu.IsAllowed);
        Assert.Null(tianfu.Through);
        Assert.Equal(RightsRefusal.ScopeDoesNotCover, tianfu.Justification.Refusal);
        Assert.False(uncovered.IsAllowed);
        Assert.Empty(uncovered.Covering);
    }

    [Fact]
    public void A_power_the_issuer_does_not_hold_is_refused_with_the_powers_it_does()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => Sink(Liucheng(), s_liucheng, GovernancePower.ResourceAllocation, s_heping, TestTime.Start));

        Assert.Equal(CommunityRules.OrderIssuerHoldsPower, error.Rule);
        Assert.Contains("confer only TaskSetting, InspectionAndAssessment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_right_must_stand_at_the_instant_of_the_order()
    {
        var world = Liucheng();
        var before = world.Rights.Explain(s_liucheng, GovernancePower.TaskSetting, CommunityUnit.Administrative(s_heping), TestTime.Start - Duration.FromDays(31));

        var early = Assert.Throws<DomainRuleViolationException>(() => Sink(world, s_liucheng, GovernancePower.TaskSetting, s_heping, TestTime.Start - Duration.FromDays(31)));

        Assert.Equal(RightsRefusal.NotYetValid, before.Refusal);
        Assert.Equal(CommunityRules.OrderIssuerHoldsPower, early.Rule);
        Assert.Contains("is valid only from", early.Message, StringComparison.Ordinal);
    }

    public static Arbitrary<OrderAttempt> Attempts() => (
        from covering in Gen.SubListOf(new[] { s_heping, s_huangjinlu, s_dongjie })
        from grants in Gen.SubListOf(new[] { s_heping, s_huangjinlu, s_dongjie })
        from granted in Gen.Elements(GovernancePowers.Of(GovernancePower.TaskSetting), GovernancePowers.All, GovernancePowers.Of(GovernancePower.ResourceAllocation))
        from power in Gen.Elements(GovernancePower.TaskSetting, GovernancePower.ResourceAllocation, GovernancePower.InspectionAndAssessment)
        from through in Gen.Elements(s_heping, s_huangjinlu, s_dongjie)
        from days in Gen.Choose(-2, 2)
        select new OrderAttempt([.. covering], [.. grants], granted, power, through, days)).ToArbitrary();

    // Whatever covers the compound and whatever the issuer holds, an order sinks exactly when its channel's community
    // covers the compound and the issuer holds the power over that community then (checked here against the plain
    // queries), MaySink agrees, and an accepted order names a right that the index, asked again, says justifies it.
    [ScaledProperty(Arbitrary = [typeof(OrderAuthorityTests)])]
    public Property An_order_sinks_exactly_when_a_covering_jurisdictions_right_and_committee_match(OrderAttempt attempt)
    {
        var world = new CrossingWorld(TestTime.Start);
        foreach (var community in attempt.Covering)
        {
            world.Cover(s_guanghua, community);
        }

        foreach (var community in attempt.Grants)
        {
            world.Grant(s_liucheng, attempt.Granted, CommunityUnit.Administrative(community));
        }

        var at = TestTime.Start + Duration.FromDays(attempt.Days);
        var expected = world.Covers(attempt.Through, s_guanghua)
            && world.Rights.MayExercise(s_liucheng, attempt.Power, CommunityUnit.Administrative(attempt.Through), at);
        var error = Record.Exception(() => Sink(world, s_liucheng, attempt.Power, attempt.Through, at));
        var may = AdministrativeOrder.MaySink(s_liucheng, attempt.Power, s_guanghua, world.Rights, world, at);
        var order = error is null ? Sink(world, s_liucheng, attempt.Power, attempt.Through, at) : null;
        var explained = order is not null
            && world.Rights.Explain(order.Issuer, order.Power, CommunityUnit.Administrative(order.Channel.Jurisdiction), at).Chain[^1].Right == order.AuthorisedBy;

        return (expected == (error is null)
                && may.Allows(attempt.Through) == expected
                && may.IsAllowed == attempt.Covering.Any(c => world.Rights.MayExercise(s_liucheng, attempt.Power, CommunityUnit.Administrative(c), at))
                && (error is null ? explained : error is DomainRuleViolationException { Rule: CommunityRules.CrossingChannelCoversLivingCommunity or CommunityRules.OrderIssuerHoldsPower }))
            .Label($"{attempt}: expected {expected}, got {error?.Message ?? "sunk"}");
    }

    // Coverage changes after an order sank never make it unexplainable: the order keeps the right and the channel
    // that made it lawful, and the rights index still justifies them at the order's instant.
    [ScaledProperty(Arbitrary = [typeof(OrderAuthorityTests)])]
    public Property Coverage_changes_never_leave_an_accepted_order_unexplainable(OrderAttempt attempt)
    {
        var world = new CrossingWorld(TestTime.Start).Cover(s_guanghua, attempt.Through)
            .Grant(s_liucheng, GovernancePowers.All, CommunityUnit.Administrative(attempt.Through));
        var order = Sink(world, s_liucheng, attempt.Power, attempt.Through, TestTime.Start);
        foreach (var community in attempt.Covering)
        {
            world.Cover(new LivingCommunityId("OTHER"), community).Cover(s_guanghua, community);
        }

        foreach (var community in attempt.Grants)
        {
            world.Uncover(s_guanghua, community);   // the channel's community may stop covering the compound
        }

        var stillCovered = world.Covers(order.Channel.Jurisdiction, s_guanghua);

        var why = world.Rights.Explain(order.Issuer, order.Power, CommunityUnit.Administrative(order.Channel.Jurisdiction), TestTime.Start);
        return (order.AuthorisedBy is { } right && why.IsAllowed && why.Chain[^1].Right == right)
            .Label(attempt.ToString()).Classify(!stillCovered, "the channel's community no longer covers the compound");
    }

    /// <summary>One generated attempt: what covers the compound, where the issuer holds which powers, the order's power, channel and day.</summary>
    public sealed record OrderAttempt(
        AdministrativeCommunityId[] Covering, AdministrativeCommunityId[] Grants, GovernancePowers Granted, GovernancePower Power, AdministrativeCommunityId Through, int Days)
    {
        /// <inheritdoc />
        public override string ToString() =>
            $"covering [{string.Join(", ", Covering)}], {Granted} over [{string.Join(", ", Grants)}], {Power} through {Through} on day {Days}";
    }
}
