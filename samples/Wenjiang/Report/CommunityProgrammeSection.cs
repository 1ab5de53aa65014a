using CommunityGovernance.Boundaries;
using CommunityGovernance.Programmes;
using Wenjiang.Scenario;

namespace Wenjiang.Report;

/// <summary>Section 9: every community's own progress on the eight items, street by street.</summary>
[AdministrativeSide]
internal static class CommunityProgrammeSection
{
    /// <summary>Writes the section.</summary>
    /// <param name="result">The scenario's result.</param>
    /// <param name="writer">Where to.</param>
    public static void Write(WenjiangResult result, TextWriter writer)
    {
        var programme = WenjiangEightItems.Template;
        Format.Heading(writer, "9. 社八件 per community: items 1–8 (■ fulfilled 已落实, ▣ in progress 推进中, □ not started 未启动)");
        var table = new TextTable("code", "社区/村", "community / village", "items 1–8", ">fulfilled", "last fulfilled");
        foreach (var street in result.District.Streets)
        {
            var report = ProgrammeStatusReport.ForStreet(programme, result.District, street, result.Fulfilments);
            table.Add(street, result.Names.Chinese(street), result.Names.English(street), string.Empty, string.Empty, string.Empty);
            foreach (var community in report.Communities)
            {
                var last = community.Items.Select(i => i.FulfilledOn).Where(d => d is not null).Max();
                table.Add(
                    community.Community,
                    "  " + result.Names.ChineseShort(community.Community),
                    "  " + result.Names.English(community.Community.AreaCode),
                    string.Concat(community.Items.Select(i => Mark(i.Status))),
                    community.FulfilledCount,
                    last is { } day ? Format.Date(day) : "—");
            }
        }

        table.WriteTo(writer);
    }

    private static char Mark(MandatedItemStatus status) => status switch
    {
        MandatedItemStatus.Fulfilled => '■',
        MandatedItemStatus.InProgress => '▣',
        _ => '□',
    };
}
