using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Hierarchy;

/// <summary>One row of a division file, checked: its level, code, name, and a parent code that matches the code.</summary>
internal readonly record struct DivisionRow(AdministrativeLevel Level, AreaCode Code, string Name)
{
    public static DivisionRow Parse(string line, int lineNumber)
    {
        var span = line.AsSpan();
        Span<Range> fields = stackalloc Range[5];
        if (span.Split(fields, ',') != 4)
        {
            throw Malformed(lineNumber, "a row has exactly four comma-separated fields");
        }

        var level = span[fields[0]] switch
        {
            "district" => AdministrativeLevel.District,
            "street" => AdministrativeLevel.Street,
            "community" => AdministrativeLevel.Community,
            _ => throw Malformed(lineNumber, "the level is 'district', 'street' or 'community'"),
        };

        // The row states the level, so the code is read at that level: a real village code may end in 000.
        if (!AreaCode.TryParse(span[fields[1]].ToString(), level, out var code))
        {
            throw Malformed(lineNumber, $"the code is a {level}-level area code");
        }

        var name = span[fields[2]].Trim();
        if (name.IsEmpty)
        {
            throw Malformed(lineNumber, "the name is not blank");
        }

        if (!AreaCode.TryParse(span[fields[3]].ToString(), out var parent) || parent != code.Parent)
        {
            throw Malformed(lineNumber, $"the parent code is the code's own parent, {code.Parent}");
        }

        return new DivisionRow(level, code, name.ToString());
    }

    private static DomainRuleViolationException Malformed(int lineNumber, string expectation) =>
        new(CommunityRules.DivisionCsvIsWellFormed, $"Line {lineNumber}: {expectation}.");
}
