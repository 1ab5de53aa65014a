using System.Globalization;
using CommunityGovernance.Storage.Marten;
using CommunityGovernance.Storage.PersonalData;
using CommunityGovernance.Tests.Servers;
using JasperFx;
using Marten;
using Npgsql;

namespace CommunityGovernance.Storage.Marten.Tests;

/// <summary>
/// One test's own Marten store: a fresh schema in the shared test database (faster than a database per test), the
/// schema created up front, the store disposed with this object.
/// </summary>
internal sealed class MartenDatabase : IAsyncDisposable
{
    private static int s_next;

    private MartenDatabase(string connectionString, string schema, DocumentStore store)
    {
        ConnectionString = connectionString;
        Schema = schema;
        Store = store;
    }

    public string ConnectionString { get; }

    public string Schema { get; }

    public DocumentStore Store { get; }

    public static DomainEventSerializer Serializer(IPersonalDataKeyStore? keys = null) =>
        new(upcasters: [new HouseholdNotedUpcaster()], vendorAssemblies: [typeof(MartenDatabase).Assembly], personalDataKeys: keys ?? new InMemoryPersonalDataKeyStore());

    /// <summary>Creates a new schema and a store over it.</summary>
    public static async Task<MartenDatabase> CreateAsync(
        string connectionString, DomainEventSerializer serializer, Action<StoreOptions>? configure = null, string? schema = null)
    {
        schema ??= string.Create(CultureInfo.InvariantCulture, $"cg_{Environment.ProcessId}_{Interlocked.Increment(ref s_next)}");
        var store = DocumentStore.For(options =>
        {
            options.Connection(connectionString);
            options.DatabaseSchemaName = schema;
            options.AutoCreateSchemaObjects = AutoCreate.All;
            options.UseCommunityGovernance(serializer);
            configure?.Invoke(options);
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return new MartenDatabase(connectionString, schema, store);
    }

    public MartenEventStore Open(TenantId tenant = default) => new(Store, tenant);

    /// <summary>Runs SQL directly, as a DBA or a tampering script would; <c>{schema}</c> names this store's schema.</summary>
    public async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{schema}", Schema, StringComparison.Ordinal), connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Writes an event row by SQL, as an older library, a newer one or a tampering script would have.</summary>
    public async Task InsertEventAsync(TenantId tenant, StreamName stream, long version, string type, string data)
    {
        await ExecuteAsync(
            "insert into {schema}.mt_streams (id, type, version, timestamp, created, tenant_id) values ($1, null, $2, now(), now(), $3) on conflict (tenant_id, id) do update set version = excluded.version",
            stream.ToString(), version, tenant.Value);
        await ExecuteAsync(
            "insert into {schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type) values (nextval('{schema}.mt_events_sequence'), gen_random_uuid(), $1, $2, $3::jsonb, $4, now(), $5, '')",
            stream.ToString(), version, data, type, tenant.Value);
    }

    /// <summary>Reads rows directly with Npgsql.</summary>
    public async Task<List<object?[]>> QueryAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{schema}", Schema, StringComparison.Ordinal), connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}

/// <summary>The shared server and one database for the whole assembly, created once.</summary>
[Collection(PostgresServerCollectionDefinition.Name)]
public abstract class PostgresTests(PostgresServer server)
{
    private static readonly SemaphoreSlim s_gate = new(1, 1);
    private static string? s_connectionString;

    protected PostgresServer Server { get; } = server;

    /// <summary>Skips (or fails under CI) without the server; otherwise returns the test database's connection string.</summary>
    protected async Task<string> DatabaseAsync()
    {
        ServerRequirement.SkipUnlessAvailable(Server.UnavailableReason);
        await s_gate.WaitAsync();
        try
        {
            return s_connectionString ??= await Server.CreateDatabaseAsync("marten_tests");
        }
        finally
        {
            s_gate.Release();
        }
    }

    internal async Task<MartenDatabase> NewStoreAsync(DomainEventSerializer? serializer = null, Action<StoreOptions>? configure = null) =>
        await MartenDatabase.CreateAsync(await DatabaseAsync(), serializer ?? MartenDatabase.Serializer(), configure);
}
