using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;

namespace Wenjiang.Scenario;

/// <summary>
/// The Chinese and English names of the district's units: Chinese from the division data held by the
/// <see cref="District"/>, English (pinyin) from the sample's own <c>english-names.csv</c>.
/// </summary>
[AdministrativeSide]
internal sealed class UnitNames
{
    private readonly District _district;
    private readonly Dictionary<AreaCode, string> _english;

    private UnitNames(District district, Dictionary<AreaCode, string> english)
    {
        _district = district;
        _english = english;
    }

    /// <summary>Reads the English names, one <c>code,english</c> row per unit after a header.</summary>
    /// <param name="district">The district whose Chinese names are used.</param>
    /// <param name="englishCsv">The English names.</param>
    /// <returns>The names.</returns>
    public static UnitNames Read(District district, TextReader englishCsv)
    {
        var english = new Dictionary<AreaCode, string>();
        englishCsv.ReadLine();
        while (englishCsv.ReadLine() is { Length: > 0 } line)
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            english.Add(AreaCode.Parse(line[..comma]), line[(comma + 1)..]);
        }

        return new UnitNames(district, english);
    }

    /// <summary>The Chinese name of a unit, e.g. 柳城街道 or 和平社区居委会.</summary>
    /// <param name="unit">The unit's code.</param>
    /// <returns>The name as the division data gives it.</returns>
    public string Chinese(AreaCode unit) =>
        unit == _district.Code ? _district.Name
        : _district.TryGetName(unit, out var name) ? name
        : unit.ToString();

    /// <summary>The Chinese name of an administrative community, without the committee suffix (和平社区 for 和平社区居委会).</summary>
    /// <param name="community">The community.</param>
    /// <returns>The short name.</returns>
    public string ChineseShort(AdministrativeCommunityId community)
    {
        var name = Chinese(community.AreaCode);
        return name.EndsWith("居委会", StringComparison.Ordinal) || name.EndsWith("村委会", StringComparison.Ordinal) ? name[..^3] : name;
    }

    /// <summary>The English name of a unit, e.g. Liucheng Subdistrict or Heping Community.</summary>
    /// <param name="unit">The unit's code.</param>
    /// <returns>The English name; the code itself when none is listed.</returns>
    public string English(AreaCode unit) =>
        _english.TryGetValue(unit, out var name) ? name : unit.ToString();
}
