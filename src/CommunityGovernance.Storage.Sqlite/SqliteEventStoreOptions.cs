using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Storage.Sqlite;

/// <summary>How to open a <see cref="SqliteEventStore"/>: which file, which tenant, and how events are written.</summary>
/// <remarks>
/// Give either <see cref="DataSource"/> (a file path) or <see cref="ConnectionString"/>, not both. The connection
/// string may hold a password (for a SQLite build with encryption); the store never puts it into a message, and
/// this type's <see cref="object.ToString"/> does not show it.
/// </remarks>
public sealed class SqliteEventStoreOptions
{
    /// <summary>The longest busy timeout accepted.</summary>
    public static TimeSpan MaxBusyTimeout { get; } = TimeSpan.FromHours(1);

    /// <summary>The path of the database file, created with its folder's permissions if it does not exist.</summary>
    public string? DataSource { get; init; }

    /// <summary>A full Microsoft.Data.Sqlite connection string, for settings beyond the path (e.g. a password).</summary>
    public string? ConnectionString { get; init; }

    /// <summary>The tenant whose streams the store reads and writes; <see cref="TenantId.Default"/> unless told.</summary>
    public TenantId Tenant { get; init; } = TenantId.Default;

    /// <summary>
    /// The serializer events are stored with. It must protect personal data
    /// (<see cref="DomainEventSerializer.ProtectsPersonalData"/>: created with a key store), so that identity numbers,
    /// names and phone numbers never reach the file in clear text.
    /// </summary>
    public required DomainEventSerializer Serializer { get; init; }

    /// <summary>The clock that stamps stored events; <see cref="SystemClock.Instance"/> unless told.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>
    /// How long an operation waits for another writer (in this process or another) to finish before it fails with
    /// SQLite's busy error; 30 seconds unless told.
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">Neither or both of the data source and the connection string are given, or the busy timeout is out of range.</exception>
    /// <exception cref="ArgumentNullException">The serializer or the clock is missing.</exception>
    /// <exception cref="DomainRuleViolationException">The serializer does not protect personal data (<see cref="SqliteEventStore.PersonalDataProtectedRule"/>).</exception>
    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(DataSource) == string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new ArgumentException("Give either a data source (a file path) or a connection string, not both.", nameof(DataSource));
        }

        ArgumentNullException.ThrowIfNull(Serializer);
        ArgumentNullException.ThrowIfNull(Clock);
        if (BusyTimeout < TimeSpan.Zero || BusyTimeout > MaxBusyTimeout)
        {
            throw new ArgumentException($"The busy timeout is between zero and {MaxBusyTimeout}.", nameof(BusyTimeout));
        }

        if (!Serializer.ProtectsPersonalData)
        {
            throw new DomainRuleViolationException(
                SqliteEventStore.PersonalDataProtectedRule,
                "A SQLite event store keeps personal data only encrypted: create its serializer with a personal-data key store.");
        }
    }
}
