namespace CommunityGovernance.Storage.Sqlite.Projections;

/// <summary>How to open a <see cref="SqliteProjectionStore"/>: which file, and which tenant.</summary>
/// <remarks>
/// Give either <see cref="DataSource"/> (a file path) or <see cref="ConnectionString"/>, not both. The file may be the
/// event store's own (one file to back up) or another one (read models then never hold the event store's write lock;
/// see <c>docs/storage.md</c>). The connection string is never shown in a message.
/// </remarks>
public sealed class SqliteProjectionStoreOptions
{
    /// <summary>The path of the database file, created if it does not exist.</summary>
    public string? DataSource { get; init; }

    /// <summary>A full Microsoft.Data.Sqlite connection string, for settings beyond the path.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>The tenant whose read models and checkpoints the store keeps; <see cref="TenantId.Default"/> unless told.</summary>
    public TenantId Tenant { get; init; } = TenantId.Default;

    /// <summary>How long a batch waits for another writer of the file to finish; 30 seconds unless told.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">Neither or both of the data source and the connection string are given, or the busy timeout is out of range.</exception>
    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(DataSource) == string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new ArgumentException("Give either a data source (a file path) or a connection string, not both.", nameof(DataSource));
        }

        if (BusyTimeout < TimeSpan.Zero || BusyTimeout > SqliteEventStoreOptions.MaxBusyTimeout)
        {
            throw new ArgumentException($"The busy timeout is between zero and {SqliteEventStoreOptions.MaxBusyTimeout}.", nameof(BusyTimeout));
        }
    }
}
