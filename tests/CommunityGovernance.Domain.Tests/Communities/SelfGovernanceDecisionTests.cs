using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities;

public sealed class SelfGovernanceDecisionTests
{
    private static readonly ResidentsCommitteeChannel s_heping = new(new ActorId("JWH-510115001001"), AdministrativeCommunityId.Parse("510115001001"));
    private static readonly SelfGoverningBody s_assembly = new(new ActorId("YZDH-GUANGHUA"), SelfGoverningBodyKind.HomeownersAssembly);

    // Heping covers Guanghua (and G); Huangjinlu covers only Jinma.
    private static readonly CrossingWorld s_world = new CrossingWorld(TestTime.Start)
        .Cover(new LivingCommunityId("GUANGHUA"), s_heping.Jurisdiction)
        .Cover(new LivingCommunityId("G"), s_heping.Jurisdiction)
        .Cover(new LivingCommunityId("JINMA"), AdministrativeCommunityId.Parse("510115001002"));

    private static SelfGovernanceDecision Submit() => SelfGovernanceDecision.Submit(
        new CrossingId("ZZ-2025-003"),
        new LivingCommunityId("GUANGHUA"),
        s_assembly,
        new LocalDate(2025, 2, 20),
        "使用公共维修资金加装电梯",
        s_heping,
        s_world,
        TestTime.Start);

    [Fact]
    public void A_decision_reaches_the_administrative_side_and_is_acknowledged()
    {
        var decision = Submit();
        decision.Acknowledge(new ActorId("JD-510115001"), "已转区住建局", TestTime.Minutes(30));

        Assert.Equal(new ActorId("JD-510115001"), decision.AcknowledgedBy);
        Assert.Equal("已转区住建局", decision.Response);
        Assert.Equal(2, decision.PendingEvents.Count);
    }

    [Fact]
    public void A_decision_is_acknowledged_once_and_by_a_named_actor()
    {
        var decision = Submit();
        decision.Acknowledge(new ActorId("JD-510115001"), "收到", TestTime.Minutes(30));
        var before = decision.ToSnapshot();

        Assert.Equal(CommunityRules.CrossingIsAnsweredOnce, Assert.Throws<DomainRuleViolationException>(() => decision.Acknowledge(new ActorId("JD"), "again", TestTime.Minutes(31))).Rule);
        Assert.Equal(CommunityRules.CrossingNamesItsActors, Assert.Throws<DomainRuleViolationException>(() => Submit().Acknowledge(default, "x", TestTime.Minutes(31))).Rule);
        Assert.Equal(before, decision.ToSnapshot());
    }

    [Fact]
    public void A_decision_without_its_channel_or_deciding_body_is_refused()
    {
        Assert.Equal(CommunityRules.CrossingGoesThroughChannel, Assert.Throws<DomainRuleViolationException>(() => SelfGovernanceDecision.Submit(
            new CrossingId("X"), new LivingCommunityId("G"), s_assembly, new LocalDate(2025, 1, 1), "r", default, s_world, TestTime.Start)).Rule);
        Assert.Equal(CommunityRules.CrossingNamesItsActors, Assert.Throws<DomainRuleViolationException>(() => SelfGovernanceDecision.Submit(
            new CrossingId("X"), new LivingCommunityId("G"), default, new LocalDate(2025, 1, 1), "r", s_heping, s_world, TestTime.Start)).Rule);
        Assert.Equal(KernelRules.TextIsRequired, Assert.Throws<DomainRuleViolationException>(() => SelfGovernanceDecision.Submit(
            new CrossingId("X"), new LivingCommunityId("G"), s_assembly, new LocalDate(2025, 1, 1), "", s_heping, s_world, TestTime.Start)).Rule);
    }

    [Fact]
    public void A_decision_reaches_the_administrative_side_only_through_a_committee_whose_community_covers_the_deciding_one()
    {
        var huangjinlu = new ResidentsCommitteeChannel(new ActorId("JWH-510115001002"), AdministrativeCommunityId.Parse("510115001002"));

        var error = Assert.Throws<DomainRuleViolationException>(() => SelfGovernanceDecision.Submit(
            new CrossingId("ZZ-1"), new LivingCommunityId("GUANGHUA"), s_assembly, new LocalDate(2025, 2, 20), "决议", huangjinlu, s_world, TestTime.Start));
        var uncovered = Assert.Throws<DomainRuleViolationException>(() => SelfGovernanceDecision.Submit(
            new CrossingId("ZZ-2"), new LivingCommunityId("NOWHERE"), s_assembly, new LocalDate(2025, 2, 20), "决议", s_heping, s_world, TestTime.Start));

        Assert.Equal(CommunityRules.CrossingChannelCoversLivingCommunity, error.Rule);
        Assert.Contains("510115001001", error.Message, StringComparison.Ordinal);
        Assert.Equal(CommunityRules.CrossingChannelCoversLivingCommunity, uncovered.Rule);
        Assert.Contains("no building", uncovered.Message, StringComparison.Ordinal);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(CommunityArbitraries) })]
    public Property A_decision_is_submitted_exactly_when_the_channel_covers_the_deciding_community(
        LivingCommunityId from, ResidentsCommitteeChannel channel, AdministrativeCommunityId other, SelfGoverningBody body, bool throughCovering)
    {
        var covering = throughCovering ? channel.Jurisdiction : other;
        var world = new CrossingWorld(TestTime.Start).Cover(from, covering);
        var error = Record.Exception(() => SelfGovernanceDecision.Submit(new CrossingId("ZZ"), from, body, new LocalDate(2025, 1, 1), "决议", channel, world, TestTime.Start));
        var covers = channel.Jurisdiction == covering;

        return (covers ? error is null : error is DomainRuleViolationException { Rule: CommunityRules.CrossingChannelCoversLivingCommunity })
            .Label($"channel {channel.Jurisdiction}, covering {covering}: {error?.Message}");
    }

    [ScaledProperty(Arbitrary = new[] { typeof(CommunityArbitraries) })]
    public Property A_decision_rebuilt_from_its_events_equals_the_live_one(
        CrossingId id, LivingCommunityId from, SelfGoverningBody body, ResidentsCommitteeChannel channel, ActorId receiver, bool acknowledge)
    {
        var decision = SelfGovernanceDecision.Submit(id, from, body, new LocalDate(2025, 1, 1), "决议", channel, new CrossingWorld(TestTime.Start).Cover(from, channel.Jurisdiction), TestTime.Start);
        if (acknowledge)
        {
            decision.Acknowledge(receiver, "收到", TestTime.Minutes(1));
        }

        return (SelfGovernanceDecision.FromHistory(decision.PendingEvents).ToSnapshot() == decision.ToSnapshot()).ToProperty();
    }
}
