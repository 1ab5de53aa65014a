namespace CommunityGovernance.Storage.Sqlite;

/// <summary>The store's statements, in one place beside the schema they read.</summary>
internal static class Sql
{
    /// <summary>SQLITE_CONSTRAINT_UNIQUE: an insert would have given a stream two events of one version.</summary>
    public const int UniqueConstraintFailed = 2067;

    // The columns every event read returns, in this order; a feed read adds the stream's kind and key.
    public const int PositionColumn = 0;
    public const int VersionColumn = 1;
    public const int TypeColumn = 2;
    public const int SchemaVersionColumn = 3;
    public const int DataColumn = 4;
    public const int StoredAtColumn = 5;
    public const int KindColumn = 6;
    public const int KeyColumn = 7;

    private const string EventColumns = "position, stream_version, event_type, schema_version, data, stored_at";

    public const string Insert = """
        INSERT INTO events (tenant, stream_kind, stream_key, stream_version, event_type, schema_version, data, stored_at)
        VALUES ($tenant, $kind, $key, $version, $type, $schema, $data, $at);
        """;

    public const string SelectVersion = """
        SELECT coalesce(max(stream_version), 0) FROM events
        WHERE tenant = $tenant AND stream_kind = $kind AND stream_key = $key;
        """;

    public const string SelectStream = "SELECT " + EventColumns + """
         FROM events
        WHERE tenant = $tenant AND stream_kind = $kind AND stream_key = $key
        ORDER BY stream_version;
        """;

    public const string SelectFeed = "SELECT " + EventColumns + """
        , stream_kind, stream_key FROM events
        WHERE tenant = $tenant AND position > $after
        ORDER BY position
        LIMIT $max;
        """;

    public const string SelectKeys = """
        SELECT DISTINCT stream_key FROM events
        WHERE tenant = $tenant AND stream_kind = $kind AND stream_key > $after COLLATE BINARY
        ORDER BY stream_key COLLATE BINARY
        LIMIT $max;
        """;

    public const string SelectStoredForUpdate = """
        SELECT position, stream_version, event_type, schema_version, data FROM events
        WHERE tenant = $tenant AND stream_kind = $kind AND stream_key = $key
        ORDER BY stream_version;
        """;

    public const string Rewrite = """
        UPDATE events SET event_type = $type, schema_version = $schema, data = $data
        WHERE position = $position;
        """;
}
