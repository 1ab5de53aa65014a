namespace Cluster;

/// <summary>The Wenjiang District's streets and communities, from the committed extract of the national division.</summary>
public static class WenjiangRows
{
    /// <summary>The extract's text, as <c>DivisionCsv</c> reads it.</summary>
    /// <returns>The CSV.</returns>
    public static string Csv() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "wenjiang-510115.csv"));

    /// <summary>Reads the extract beside the program.</summary>
    /// <returns>The streets' codes and, for each, its communities' codes.</returns>
    public static IReadOnlyDictionary<string, List<string>> Read()
    {
        var streets = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "wenjiang-510115.csv")).Skip(1))
        {
            var fields = line.Split(',');
            if (fields[0] == "street")
            {
                streets[fields[1]] = [];
            }
            else if (fields[0] == "community")
            {
                streets[fields[3]].Add(fields[1]);
            }
        }

        return streets;
    }
}
