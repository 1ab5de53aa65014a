using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Storage.Sqlite.Projections;
using CommunityGovernance.Testing.Storage;

namespace CommunityGovernance.Storage.Sqlite.Tests.Projections;

/// <summary>The SQLite projection store keeps the contract every projection store must keep, each case on a fresh file.</summary>
public sealed class SqliteProjectionStoreContractTests
{
    public static TheoryData<string> Cases => new(ProjectionStoreContract.CaseNames);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_sqlite_projection_store_keeps_the_projection_store_contract(string name)
    {
        using var database = new TempDatabase();
        await ProjectionStoreContract.RunAsync(name, new SqliteLedger(database.Path));
    }

    /// <summary>The contract's ledger as a table of the projection store's file.</summary>
    internal sealed class SqliteLedger(string path) : ProjectionStoreUnderTest<SqliteProjectionSession>
    {
        public override async Task<IProjectionStore<SqliteProjectionSession>> OpenAsync(TenantId tenant, CancellationToken cancellationToken)
        {
            var store = await SqliteProjectionStore.OpenAsync(new SqliteProjectionStoreOptions { DataSource = path, Tenant = tenant }, cancellationToken);
            using var connection = store.OpenConnection();
            using var create = connection.CreateCommand();
            create.CommandText = """
                CREATE TABLE IF NOT EXISTS ledger (
                    tenant TEXT NOT NULL, projection TEXT NOT NULL, position INTEGER NOT NULL,
                    PRIMARY KEY (tenant, projection, position)
                ) STRICT;
                """;
            create.ExecuteNonQuery();
            return store;
        }

        public override ValueTask RecordAsync(SqliteProjectionSession session, string projection, RecordedEvent recorded, CancellationToken cancellationToken)
        {
            session.Execute("INSERT INTO ledger (tenant, projection, position) VALUES ($tenant, $projection, $position);", ("$projection", projection), ("$position", recorded.Position));
            return ValueTask.CompletedTask;
        }

        public override async Task<IReadOnlyList<long>> ReadLedgerAsync(TenantId tenant, string projection, CancellationToken cancellationToken)
        {
            var store = await SqliteProjectionStore.OpenAsync(new SqliteProjectionStoreOptions { DataSource = path, Tenant = tenant }, cancellationToken);
            using var connection = store.OpenConnection();
            using var select = connection.CreateCommand();
            select.CommandText = "SELECT position FROM ledger WHERE tenant = $tenant AND projection = $projection ORDER BY position;";
            select.Parameters.AddWithValue("$tenant", tenant.Value);
            select.Parameters.AddWithValue("$projection", projection);
            using var reader = select.ExecuteReader();
            var positions = new List<long>();
            while (reader.Read())
            {
                positions.Add(reader.GetInt64(0));
            }

            return positions;
        }
    }
}
