using System.Text;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Programmes;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Programmes;

public sealed class ProgrammeStatusReportTests
{
    private static readonly Instant s_at = Instant.FromUtc(2025, 3, 1, 1, 0);

    private static District Wenjiang()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Data", "wenjiang-510115.csv"), Encoding.UTF8);
        return DivisionCsv.Read(reader, s_at).Single();
    }

    private static ProgrammeFulfilment Complete(AdministrativeCommunityId community)
    {
        var fulfilment = ProgrammeFulfilment.Start(WenjiangEightItems.Template, community, EverythingExists.Directory, s_at);
        foreach (var item in WenjiangEightItems.Template.Items)
        {
            fulfilment.RecordContent(item.Key, "内容", s_at);
            fulfilment.AddEvidence(item.Key, "证明", new LocalDate(2025, 2, 1), s_at);
            fulfilment.MarkFulfilled(item.Key, new LocalDate(2025, 2, 2), s_at);
        }

        return fulfilment;
    }

    [Fact]
    public void A_street_report_covers_every_community_and_tallies_each_item()
    {
        var wenjiang = Wenjiang();
        var yongning = AreaCode.Parse("510115006");
        var communities = wenjiang.CommunitiesOf(yongning);
        var started = ProgrammeFulfilment.Start(WenjiangEightItems.Template, communities[1], EverythingExists.Directory, s_at);
        started.RecordContent("song", "《永宁之歌》", s_at);
        var elsewhere = Complete(AdministrativeCommunityId.Parse("510115001001"));

        var report = ProgrammeStatusReport.ForStreet(WenjiangEightItems.Template, wenjiang, yongning, [Complete(communities[0]), started, elsewhere]);

        Assert.Equal(5, report.Communities.Count);
        Assert.Equal(1, report.CompleteCount);
        Assert.Equal(8, report.Items.Count);
        Assert.All(report.Items, tally => Assert.Equal(5, tally.Fulfilled + tally.InProgress + tally.NotStarted));
        Assert.Equal(new MandatedItemTally("song", 1, 1, 3), report.Items.Single(t => t.Item == "song"));
        Assert.Equal(new MandatedItemTally("logo", 1, 0, 4), report.Items.Single(t => t.Item == "logo"));
    }

    [Fact]
    public void A_community_that_has_not_started_has_every_item_not_started()
    {
        var status = ProgrammeStatusReport.NotStarted(WenjiangEightItems.Template, AdministrativeCommunityId.Parse("510115006001"));

        Assert.Equal(8, status.Items.Count);
        Assert.All(status.Items, i => Assert.Equal(MandatedItemStatus.NotStarted, i.Status));
        Assert.Equal(0, status.FulfilledCount);
    }
}
