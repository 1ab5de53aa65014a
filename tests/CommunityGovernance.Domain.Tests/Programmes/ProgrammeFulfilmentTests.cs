using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using CommunityGovernance.Programmes;
using CommunityGovernance.Testing.Communities;
using CommunityGovernance.Testing.Programmes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Programmes;

public sealed class ProgrammeFulfilmentTests
{
    private static readonly Instant s_at = Instant.FromUtc(2025, 3, 1, 1, 0);
    private static readonly AdministrativeCommunityId s_heping = AdministrativeCommunityId.Parse("510115001001");

    private static ProgrammeFulfilment Start() => ProgrammeFulfilment.Start(WenjiangEightItems.Template, s_heping, EverythingExists.Directory, s_at);

    [Fact]
    public void An_item_with_content_and_evidence_is_fulfilled()
    {
        var fulfilment = Start();
        fulfilment.RecordContent("residents-convention", "和平社区居民公约（2025年修订）", s_at);
        fulfilment.AddEvidence("residents-convention", "居民代表会议纪要 2025-02-18", new LocalDate(2025, 2, 18), s_at);
        fulfilment.MarkFulfilled("residents-convention", new LocalDate(2025, 2, 20), s_at);

        var status = fulfilment.ToStatus();
        var convention = status.Items.Single(i => i.Item == "residents-convention");
        Assert.Equal(MandatedItemStatus.Fulfilled, convention.Status);
        Assert.Equal(new LocalDate(2025, 2, 20), convention.FulfilledOn);
        Assert.Equal(1, status.FulfilledCount);
        Assert.False(status.IsComplete);
    }

    [Fact]
    public void An_item_needs_content_and_evidence_before_it_is_fulfilled()
    {
        var fulfilment = Start();
        fulfilment.RecordContent("song", "《鱼凫之歌》", s_at);
        var before = fulfilment.ToSnapshot();

        var error = Assert.Throws<DomainRuleViolationException>(() => fulfilment.MarkFulfilled("song", new LocalDate(2025, 3, 1), s_at));

        Assert.Equal(ProgrammeRules.ItemHasContentAndEvidence, error.Rule);
        Assert.Equal(before, fulfilment.ToSnapshot());
        Assert.Equal(MandatedItemStatus.InProgress, before.Items.Single(i => i.Item == "song").Status);
    }

    [Fact]
    public void Only_mandated_items_are_fulfilled_and_only_once()
    {
        var fulfilment = Start();
        fulfilment.RecordContent("logo", "鱼凫纹", s_at);
        fulfilment.AddEvidence("logo", "设计稿", new LocalDate(2025, 1, 1), s_at);
        fulfilment.MarkFulfilled("logo", new LocalDate(2025, 1, 2), s_at);
        var before = fulfilment.ToSnapshot();

        Assert.Equal(ProgrammeRules.ItemIsFulfilledOnce, Assert.Throws<DomainRuleViolationException>(() => fulfilment.MarkFulfilled("logo", new LocalDate(2025, 1, 3), s_at)).Rule);
        Assert.Equal(ProgrammeRules.ItemIsMandated, Assert.Throws<DomainRuleViolationException>(() => fulfilment.RecordContent("swimming-pool", "x", s_at)).Rule);
        Assert.Equal(ProgrammeRules.ItemIsMandated, Assert.Throws<DomainRuleViolationException>(() => fulfilment.AddEvidence(null!, "x", new LocalDate(2025, 1, 1), s_at)).Rule);
        Assert.Equal(KernelRules.TextIsRequired, Assert.Throws<DomainRuleViolationException>(() => fulfilment.RecordContent("song", "", s_at)).Rule);
        Assert.Equal(before, fulfilment.ToSnapshot());
    }

    [ScaledProperty(Arbitrary = new[] { typeof(ProgrammeArbitraries), typeof(CommunityArbitraries) })]
    public Property Random_steps_leave_refused_ones_without_trace_and_the_fulfilment_rebuilds(ProgrammeTemplate template, AdministrativeCommunityId community)
    {
        return Prop.ForAll(Arb.From(ProgrammeGenerators.Commands(template)), steps =>
        {
            var fulfilment = ProgrammeFulfilment.Start(template, community, EverythingExists.Directory, s_at);
            var problems = new List<string>();
            foreach (var step in steps)
            {
                var before = fulfilment.ToSnapshot();
                var item = before.Items.FirstOrDefault(i => i.Item == step.Item);
                var shouldSucceed = item is not null && (step is not ProgrammeCommand.MarkFulfilled
                    || (item.Status != MandatedItemStatus.Fulfilled && item.Content is not null && item.Evidence.Count > 0));
                try
                {
                    step.ApplyTo(fulfilment, s_at);
                    if (!shouldSucceed)
                    {
                        problems.Add($"{step} was accepted");
                    }
                }
                catch (DomainRuleViolationException)
                {
                    if (shouldSucceed || fulfilment.ToSnapshot() != before)
                    {
                        problems.Add($"{step} was refused wrongly or left a trace");
                    }
                }
            }

            var status = fulfilment.ToStatus();
            var fulfilledHaveEvidence = status.Items.Where(i => i.Status == MandatedItemStatus.Fulfilled).All(i => i.Content is not null && i.Evidence.Count > 0);
            var rebuilt = ProgrammeFulfilment.FromHistory(fulfilment.PendingEvents).ToSnapshot() == fulfilment.ToSnapshot();
            return (problems.Count == 0 && fulfilledHaveEvidence && rebuilt).Label(string.Join("; ", problems));
        });
    }
}
