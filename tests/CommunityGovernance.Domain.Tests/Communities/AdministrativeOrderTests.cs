using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace CommunityGovernance.Domain.Tests.Communities;

public sealed class AdministrativeOrderTests
{
    private static readonly ResidentsCommitteeChannel s_heping = new(new ActorId("JWH-510115001001"), AdministrativeCommunityId.Parse("510115001001"));
    private static readonly SelfGoverningBody s_homeowners = new(new ActorId("YWH-GUANGHUA"), SelfGoverningBodyKind.HomeownersCommittee);

    // Heping covers both living communities the examples name; the street offices named hold every power over Heping.
    private static readonly CrossingWorld s_world = new CrossingWorld(TestTime.Start - Duration.FromDays(1))
        .Cover(new LivingCommunityId("GUANGHUA"), s_heping.Jurisdiction)
        .Cover(new LivingCommunityId("G"), s_heping.Jurisdiction)
        .Grant(new ActorId("JD-510115001"), GovernancePowers.All, CommunityUnit.Administrative(s_heping.Jurisdiction))
        .Grant(new ActorId("JD"), GovernancePowers.All, CommunityUnit.Administrative(s_heping.Jurisdiction));

    private static AdministrativeOrder Sink() => AdministrativeOrder.Sink(
        new CrossingId("LC-2025-017"),
        new ActorId("JD-510115001"),
        GovernancePower.TaskSetting,
        s_heping,
        new LivingCommunityId("GUANGHUA"),
        "组织楼栋消防通道清理",
        new LocalDate(2025, 3, 31),
        s_world.Rights,
        s_world,
        TestTime.Start);

    [Fact]
    public void An_order_sinks_through_the_residents_committee_and_the_living_body_accepts_it()
    {
        var order = Sink();
        order.Accept(s_homeowners, TestTime.Minutes(60));

        Assert.Equal(AdministrativeOrderStatus.Accepted, order.Status);
        Assert.Equal(s_homeowners, order.AnsweredBy);
        Assert.Collection(
            order.PendingEvents,
            e => Assert.Equal(GovernancePower.TaskSetting, Assert.IsType<AdministrativeOrderSunk>(e).Power),
            e => Assert.IsType<AdministrativeOrderAccepted>(e));
    }

    [Fact]
    public void The_living_body_may_decline_with_its_reason()
    {
        var order = Sink();
        order.Decline(s_homeowners, "业主大会未授权", TestTime.Minutes(60));

        Assert.Equal(AdministrativeOrderStatus.Declined, order.Status);
        Assert.Equal("业主大会未授权", order.DeclineReason);
    }

    [Fact]
    public void An_order_is_answered_once()
    {
        var order = Sink();
        order.Accept(s_homeowners, TestTime.Minutes(60));
        var before = order.ToSnapshot();

        Assert.Equal(CommunityRules.CrossingIsAnsweredOnce, Assert.Throws<DomainRuleViolationException>(() => order.Decline(s_homeowners, "late", TestTime.Minutes(61))).Rule);
        Assert.Equal(CommunityRules.CrossingIsAnsweredOnce, Assert.Throws<DomainRuleViolationException>(() => order.Accept(s_homeowners, TestTime.Minutes(61))).Rule);
        Assert.Equal(before, order.ToSnapshot());
    }

    [Fact]
    public void An_answer_names_a_complete_self_governing_body()
    {
        var order = Sink();
        var before = order.ToSnapshot();

        Assert.Equal(CommunityRules.CrossingNamesItsActors, Assert.Throws<DomainRuleViolationException>(() => order.Accept(default, TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.CrossingNamesItsActors, Assert.Throws<DomainRuleViolationException>(() => order.Accept(new SelfGoverningBody(new ActorId("X"), 0), TestTime.Start)).Rule);
        Assert.Equal(KernelRules.TextIsRequired, Assert.Throws<DomainRuleViolationException>(() => order.Decline(s_homeowners, " ", TestTime.Start)).Rule);
        Assert.Equal(before, order.ToSnapshot());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void An_order_without_one_of_the_four_powers_is_refused(int power)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => AdministrativeOrder.Sink(
            new CrossingId("X"), new ActorId("JD"), (GovernancePower)power, s_heping, new LivingCommunityId("G"), "task", null, s_world.Rights, s_world, TestTime.Start));

        Assert.Equal(CommunityRules.OrderCarriesGovernancePower, error.Rule);
    }

    [Fact]
    public void An_order_without_its_channel_or_issuer_is_refused()
    {
        Assert.Equal(CommunityRules.CrossingGoesThroughChannel, Assert.Throws<DomainRuleViolationException>(() => AdministrativeOrder.Sink(
            new CrossingId("X"), new ActorId("JD"), GovernancePower.TaskSetting, default, new LivingCommunityId("G"), "task", null, s_world.Rights, s_world, TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.CrossingGoesThroughChannel, Assert.Throws<DomainRuleViolationException>(() => AdministrativeOrder.Sink(
            new CrossingId("X"), new ActorId("JD"), GovernancePower.TaskSetting, s_heping with { ResidentsCommittee = default }, new LivingCommunityId("G"), "task", null, s_world.Rights, s_world, TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.CrossingNamesItsActors, Assert.Throws<DomainRuleViolationException>(() => AdministrativeOrder.Sink(
            new CrossingId("X"), default, GovernancePower.TaskSetting, s_heping, new LivingCommunityId("G"), "task", null, s_world.Rights, s_world, TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.CrossingIdIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => AdministrativeOrder.Sink(
            default, new ActorId("JD"), GovernancePower.TaskSetting, s_heping, new LivingCommunityId("G"), "task", null, s_world.Rights, s_world, TestTime.Start)).Rule);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(CommunityArbitraries) })]
    public Property An_order_rebuilt_from_its_events_equals_the_live_one(
        CrossingId id, ActorId issuer, ResidentsCommitteeChannel channel, LivingCommunityId target, SelfGoverningBody body, bool accept)
    {
        var power = (GovernancePower)(1 + (Math.Abs(id.Value.GetHashCode(StringComparison.Ordinal)) % 4));
        var world = new CrossingWorld(TestTime.Start).Cover(target, channel.Jurisdiction).Grant(issuer, GovernancePowers.Of(power), CommunityUnit.Administrative(channel.Jurisdiction));
        var order = AdministrativeOrder.Sink(id, issuer, power, channel, target, "任务", null, world.Rights, world, TestTime.Start);
        if (accept)
        {
            order.Accept(body, TestTime.Minutes(1));
        }
        else
        {
            order.Decline(body, "理由", TestTime.Minutes(1));
        }

        return (AdministrativeOrder.FromHistory(order.PendingEvents).ToSnapshot() == order.ToSnapshot()).ToProperty();
    }

    [Fact]
    public void An_unanswered_order_is_overdue_after_its_due_day_in_the_local_calendar()
    {
        var shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var order = Sink();

        // 2025-03-31T16:30Z is already 1 April in Shanghai.
        Assert.False(order.IsOverdue(new FakeClock(Instant.FromUtc(2025, 3, 31, 15, 0)), shanghai));
        Assert.True(order.IsOverdue(new FakeClock(Instant.FromUtc(2025, 3, 31, 16, 30)), shanghai));

        order.Accept(s_homeowners, Instant.FromUtc(2025, 4, 2, 0, 0));
        Assert.False(order.IsOverdue(new FakeClock(Instant.FromUtc(2025, 4, 3, 0, 0)), shanghai));
    }

    [ScaledProperty(Arbitrary = new[] { typeof(CommunityArbitraries) })]
    public Property An_order_without_power_or_channel_is_always_refused(CrossingId id, ActorId issuer, ResidentsCommitteeChannel channel, LivingCommunityId target, int power, bool dropCommittee)
    {
        var invalidPower = power is >= 1 and <= 4 ? (GovernancePower)(power + 4) : (GovernancePower)power;
        var incomplete = dropCommittee ? channel with { ResidentsCommittee = default } : channel with { Jurisdiction = default };

        var world = new CrossingWorld(TestTime.Start).Cover(target, channel.Jurisdiction).Grant(issuer, GovernancePowers.All, CommunityUnit.Administrative(channel.Jurisdiction));
        var withoutPower = Record.Exception(() => AdministrativeOrder.Sink(id, issuer, invalidPower, channel, target, "任务", null, world.Rights, world, TestTime.Start));
        var withoutChannel = Record.Exception(() => AdministrativeOrder.Sink(id, issuer, GovernancePower.ResourceAllocation, incomplete, target, "任务", null, world.Rights, world, TestTime.Start));

        return (withoutPower is DomainRuleViolationException { Rule: CommunityRules.OrderCarriesGovernancePower }
                && withoutChannel is DomainRuleViolationException { Rule: CommunityRules.CrossingGoesThroughChannel })
            .Label($"power {invalidPower}, channel {incomplete}");
    }

    [ScaledProperty(Arbitrary = new[] { typeof(CommunityArbitraries) })]
    public Property A_refused_answer_leaves_the_order_unchanged(SelfGoverningBody body, bool acceptFirst)
    {
        var order = Sink();
        if (acceptFirst)
        {
            order.Accept(body, TestTime.Minutes(1));
        }

        var before = order.ToSnapshot();
        var version = order.Version;
        var answer = acceptFirst ? body : body with { Kind = 0 };

        var error = Record.Exception(() => order.Decline(answer, "理由", TestTime.Minutes(2)));

        return (error is DomainRuleViolationException && order.ToSnapshot() == before && order.Version == version).ToProperty();
    }
}
