using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Programmes;
using NodaTime;

namespace Wenjiang.Scenario;

/// <summary>
/// Step 11, Wenjiang's eight community items (社八件): rigid items from above, each community's own content below.
/// Most communities start the programme; each fulfils some items with content and evidence and is working on the next.
/// </summary>
[AdministrativeSide]
internal static class ProgrammeStep
{
    /// <summary>One community in this many does not start the programme in the scenario.</summary>
    public const int NotStartingOneIn = 12;

    /// <summary>Starts and advances the programme in the communities that take part.</summary>
    /// <param name="district">The district.</param>
    /// <param name="names">The units' names, for each community's own content.</param>
    /// <param name="random">The scenario's seeded random source.</param>
    /// <param name="directory">What exists: every community.</param>
    /// <returns>The fulfilments, in community order.</returns>
    public static IReadOnlyList<ProgrammeFulfilment> Advance(District district, UnitNames names, Random random, ICommunityDirectory directory)
    {
        var programme = WenjiangEightItems.Template;
        var fulfilments = new List<ProgrammeFulfilment>();
        foreach (var community in district.Streets.SelectMany(district.CommunitiesOf))
        {
            if (random.Next(NotStartingOneIn) == 0)
            {
                continue;
            }

            var fulfilment = ProgrammeFulfilment.Start(programme, community, directory, Timeline.ProgrammeStarted);
            var fulfilled = random.Next(0, programme.Items.Count + 1);
            var day = new LocalDate(2026, 2, 1);
            foreach (var item in programme.Items.Take(Math.Min(fulfilled + 1, programme.Items.Count)))
            {
                var at = Timeline.At(day.Year, day.Month, day.Day, 10);
                fulfilment.RecordContent(item.Key, $"{names.ChineseShort(community)}{item.ChineseName}", at);
                if (item.Number <= fulfilled)
                {
                    fulfilment.AddEvidence(item.Key, "Photographs and minutes filed with the street office", day, at);
                    fulfilment.MarkFulfilled(item.Key, day, at);
                }

                day = day.PlusDays(random.Next(3, 10));
            }

            fulfilments.Add(fulfilment);
        }

        return fulfilments;
    }
}
