using CommunityGovernance.Boundaries;
using CommunityGovernance.Programmes;
using Wenjiang.Scenario;

namespace Wenjiang.Report;

/// <summary>Section 8: the eight community items (社八件), per street and per item.</summary>
[AdministrativeSide]
internal static class ProgrammeSection
{
    /// <summary>Writes the section.</summary>
    /// <param name="result">The scenario's result.</param>
    /// <param name="writer">Where to.</param>
    public static void Write(WenjiangResult result, TextWriter writer)
    {
        var programme = WenjiangEightItems.Template;
        Format.Heading(writer, "8. " + programme.Name);
        var streets = result.District.Streets.Select(s => ProgrammeStatusReport.ForStreet(programme, result.District, s, result.Fulfilments)).ToList();

        var table = new TextTable("street / township", "街道/镇", ">communities", ">not started", ">all eight", ">items fulfilled", ">of", ">share");
        foreach (var street in streets)
        {
            var notStarted = street.Communities.Count(c => c.Items.All(i => i.Status == MandatedItemStatus.NotStarted));
            var fulfilled = street.Communities.Sum(c => c.FulfilledCount);
            var possible = street.Communities.Count * programme.Items.Count;
            table.Add(result.Names.English(street.Street), result.Names.Chinese(street.Street), street.Communities.Count, notStarted, street.CompleteCount, fulfilled, possible, Format.Percent((double)fulfilled / possible));
        }

        var all = streets.SelectMany(s => s.Communities).ToList();
        var allFulfilled = all.Sum(c => c.FulfilledCount);
        var allPossible = all.Count * programme.Items.Count;
        table.Add("Wenjiang District", "温江区", all.Count, all.Count(c => c.Items.All(i => i.Status == MandatedItemStatus.NotStarted)), all.Count(c => c.IsComplete), allFulfilled, allPossible, Format.Percent((double)allFulfilled / allPossible));
        table.WriteTo(writer);
        writer.WriteLine();

        var items = new TextTable(">no.", "item", "事项", ">fulfilled", ">in progress", ">not started");
        foreach (var item in programme.Items)
        {
            var tallies = streets.SelectMany(s => s.Items).Where(t => t.Item == item.Key).ToList();
            items.Add(item.Number, item.Name, item.ChineseName, tallies.Sum(t => t.Fulfilled), tallies.Sum(t => t.InProgress), tallies.Sum(t => t.NotStarted));
        }

        items.WriteTo(writer);
    }
}
