using CommunityGovernance.CommunityBuilding;
using Wenjiang.Scenario;

namespace CommunityGovernance.Samples.Tests.Wenjiang;

public sealed class CommunityBuildingTests
{
    [Fact]
    public void The_sample_runs_one_process_in_a_compound_and_one_at_a_community_each_within_its_budget()
    {
        var outcomes = ScenarioRun.Result.CommunityBuilding;

        Assert.Equal([ProcessLevel.Compound, ProcessLevel.AdministrativeCommunity], outcomes.Select(o => o.Process.Scope.Level));
        Assert.All(outcomes, o => Assert.True(o.Process.Count!.Allocated <= o.Process.Fund.Cap));
        Assert.All(outcomes, o => Assert.All(o.Process.Proposals, p => Assert.True(p.Spent <= p.Allocation)));
        Assert.All(outcomes, o => Assert.Equal(o.Process.Account().Spent.Fen, o.Process.Account().Lines.Sum(l => l.Spent.Fen)));
        Assert.All(outcomes, o => Assert.NotEmpty(o.Refusals));
    }

    [Fact]
    public void Floating_residents_take_part_in_both_processes()
    {
        foreach (var (process, _) in ScenarioRun.Result.CommunityBuilding)
        {
            Assert.Equal(2, process.Participants.Count(p => CommunityBuildingStep.IsFloating(p.Actor)));
            Assert.Contains(process.Proposals, p => CommunityBuildingStep.IsFloating(p.Proposer));
        }
    }

    [Fact]
    public void The_compound_spends_within_its_allocations_and_the_community_within_its_fund()
    {
        var (compound, community) = (ScenarioRun.Result.CommunityBuilding[0].Process.Account(), ScenarioRun.Result.CommunityBuilding[1].Process.Account());

        // 17,640.00 on the charging shed; 6,215.50 and 2,980.00 on the garden, which merged the play corner.
        Assert.Equal((ProcessPhase.Account, 2, 2, 1), (compound.Phase, compound.Chosen, compound.Completed, compound.Merged));
        Assert.Equal((Money.FromYuan(27_500m), Money.FromYuan(26_835.50m)), (compound.Allocated, compound.Spent));

        // 40,000 for the canteen leaves 10,000, too little for the 12,000 after-school class.
        Assert.Equal((ProcessPhase.CarryOut, 1, 0), (community.Phase, community.Chosen, community.Completed));
        Assert.Equal((Money.FromYuan(40_000m), Money.FromYuan(21_300m), Money.FromYuan(28_700m)), (community.Allocated, community.Spent, community.Unspent));
        Assert.Equal(ProposalStatus.NotChosen, community.Lines[1].Status);
    }
}
