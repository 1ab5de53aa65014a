using System.Text.RegularExpressions;

namespace CommunityGovernance.Storage.Sqlite.Projections;

/// <summary>
/// The tables of one durable read model in SQLite, and their version. When the version changes the store rebuilds the
/// read model: it drops the tables, creates them again and sets the projection's checkpoints back to 0, all in one
/// transaction, so the runner refills them from the start of the feed.
/// </summary>
/// <remarks>
/// Read models hold nothing the feed cannot give again, so a new shape is built afresh rather than migrated. Raise
/// <see cref="Version"/> whenever <see cref="Create"/> or the meaning of the rows changes.
/// </remarks>
public sealed partial class SqliteProjectionSchema
{
    /// <summary>Creates a schema.</summary>
    /// <param name="version">The version of the tables' shape, from 1.</param>
    /// <param name="create">The statements that create the tables and their indexes; each table should have a <c>tenant</c> column.</param>
    /// <param name="tables">The names of the tables <paramref name="create"/> creates: lower-case letters, digits and '_'.</param>
    /// <exception cref="ArgumentOutOfRangeException">The version is below 1.</exception>
    /// <exception cref="ArgumentException">The statements are blank, or no table is named, or a name is not a plain identifier.</exception>
    public SqliteProjectionSchema(int version, string create, IReadOnlyList<string> tables)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(create);
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Count == 0)
        {
            throw new ArgumentException("A read model has at least one table.", nameof(tables));
        }

        foreach (var table in tables)
        {
            // Table names are written into DROP TABLE statements, so they must be plain identifiers.
            if (table is null || !PlainIdentifier().IsMatch(table))
            {
                throw new ArgumentException($"'{table}' is not a plain table name (lower-case letters, digits and '_', starting with a letter).", nameof(tables));
            }
        }

        Version = version;
        Create = create;
        Tables = [.. tables];
    }

    /// <summary>The version of the tables' shape.</summary>
    public int Version { get; }

    /// <summary>The statements that create the tables and their indexes.</summary>
    public string Create { get; }

    /// <summary>The tables, dropped when the read model is rebuilt.</summary>
    public IReadOnlyList<string> Tables { get; }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainIdentifier();
}
