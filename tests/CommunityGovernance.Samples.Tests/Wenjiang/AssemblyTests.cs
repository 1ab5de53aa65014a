using System.Globalization;
using CommunityGovernance.Communities.Homeowners;
using Wenjiang.Scenario;

namespace CommunityGovernance.Samples.Tests.Wenjiang;

public sealed class AssemblyTests
{
    [Fact]
    public void Guanghua_Yijias_assembly_adopts_its_item_8_motion_by_three_quarters_and_carries_it_up_through_Heping()
    {
        var (register, vote, decision) = ScenarioRun.Result.Assembly;
        var tally = vote.Tally!;

        // 12 units, 10 owners: one owner holds two units, and the developer's two unsold units count once.
        Assert.Equal((12, 10), (register.Units.Count, tally.TotalOwners));
        Assert.Equal(AssemblyOutcome.Adopted, tally.Outcome);
        Assert.Equal(AssemblyThreshold.ThreeQuarters, tally.MajorityThreshold);
        Assert.Equal((885.44m, 1157.29m), (tally.ForArea.SquareMetres, tally.ParticipatingArea.SquareMetres));
        Assert.NotNull(decision);
        Assert.Equal(CoverageStep.Heping, decision.Channel.Jurisdiction);
        Assert.Contains(vote.Community, ScenarioRun.Result.Coverage.LivingCommunitiesCoveredBy(decision.Channel.Jurisdiction));
    }

    [Fact]
    public void The_report_prints_the_tally_and_no_owner_or_ballot()
    {
        var report = ScenarioRun.Report(ScenarioRun.Result, CultureInfo.InvariantCulture);
        var owners = ScenarioRun.Result.Assembly.Register.Units.Where(u => u.Owner is not null).Select(u => u.Owner!).ToList();

        Assert.Contains("88544/115729 (76.50%)", report, StringComparison.Ordinal);
        Assert.All(owners, o => Assert.DoesNotContain(o.Name.Value, report, StringComparison.Ordinal));
        Assert.All(owners, o => Assert.DoesNotContain(o.Owner.Value, report, StringComparison.Ordinal));
    }
}
