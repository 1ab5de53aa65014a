namespace Wenjiang.Storage;

/// <summary>The sample's command line: where the events are kept.</summary>
/// <param name="Database">The SQLite file (by default <c>wenjiang.db</c> beside the sample).</param>
/// <param name="Fresh">Whether to delete what was stored and govern the district anew.</param>
/// <param name="Postgres">A PostgreSQL connection string, to store there instead of SQLite.</param>
internal sealed record SampleOptions(string Database, bool Fresh, string? Postgres)
{
    /// <summary>The usage text.</summary>
    public const string Usage = "usage: dotnet run --project samples/Wenjiang [-- [--database FILE] [--fresh] [--postgres CONNECTION-STRING]]";

    /// <summary>Reads the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="baseDirectory">Where the default database lives.</param>
    /// <returns>The options, or <see langword="null"/> for arguments the sample does not know.</returns>
    public static SampleOptions? Parse(IReadOnlyList<string> args, string baseDirectory)
    {
        var options = new SampleOptions(Path.Combine(baseDirectory, "wenjiang.db"), false, null);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--database" when i + 1 < args.Count:
                    options = options with { Database = Path.GetFullPath(args[++i]) };
                    break;
                case "--fresh":
                    options = options with { Fresh = true };
                    break;
                case "--postgres" when i + 1 < args.Count:
                    options = options with { Postgres = args[++i] };
                    break;
                default:
                    return null;
            }
        }

        return options;
    }
}
