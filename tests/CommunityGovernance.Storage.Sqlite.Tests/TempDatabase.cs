using CommunityGovernance.Storage;
using CommunityGovernance.Storage.PersonalData;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace CommunityGovernance.Storage.Sqlite.Tests;

/// <summary>A fresh database file in a folder of its own, deleted with the folder when the test is done.</summary>
internal sealed class TempDatabase : IDisposable
{
    public static readonly Instant At = Instant.FromUtc(2026, 3, 2, 9, 0);

    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cg-sqlite-" + Guid.NewGuid().ToString("N"));

    public TempDatabase()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "events.db");
    }

    public string Path { get; }

    public InMemoryPersonalDataKeyStore Keys { get; } = new();

    /// <summary>A serializer that knows this assembly's events and encrypts personal data under <see cref="Keys"/>.</summary>
    public DomainEventSerializer Serializer => field ??= new DomainEventSerializer(vendorAssemblies: [typeof(Noted).Assembly], personalDataKeys: Keys);

    public Task<SqliteEventStore> OpenAsync(TenantId? tenant = null, IClock? clock = null, CancellationToken cancellationToken = default) =>
        SqliteEventStore.OpenAsync(
            new SqliteEventStoreOptions
            {
                DataSource = Path,
                Serializer = Serializer,
                Tenant = tenant ?? TenantId.Default,
                Clock = clock ?? new NodaTime.Testing.FakeClock(At, Duration.FromMilliseconds(1)),
            },
            cancellationToken);

    /// <summary>A plain connection of its own (not pooled), to read and tamper with the file as any tool could.</summary>
    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false, DefaultTimeout = 30 }.ConnectionString);
        connection.Open();
        return connection;
    }

    public T Scalar<T>(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    public List<string> Column(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; let them go before the folder is deleted.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A connection still closing in another test's pool; the temp folder is cleaned by the system.
        }
    }
}
