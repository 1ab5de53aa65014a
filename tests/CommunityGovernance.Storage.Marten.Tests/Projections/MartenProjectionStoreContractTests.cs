using CommunityGovernance.Storage.Marten.Projections;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Testing.Storage;
using CommunityGovernance.Tests.Servers;
using Marten;
using Npgsql;

namespace CommunityGovernance.Storage.Marten.Tests.Projections;

/// <summary>The Marten projection store keeps the contract every projection store must keep, each case in a fresh schema.</summary>
public sealed class MartenProjectionStoreContractTests(PostgresServer server) : PostgresTests(server)
{
    public static TheoryData<string> Cases => new(ProjectionStoreContract.CaseNames);

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task The_marten_projection_store_keeps_the_projection_store_contract(string name)
    {
        await using var database = await NewStoreAsync();
        await database.ExecuteAsync("create table {schema}.ledger (tenant_id varchar not null, projection varchar not null, position bigint not null, primary key (tenant_id, projection, position))");
        await ProjectionStoreContract.RunAsync(name, new MartenLedger(database));
    }

    /// <summary>The contract's ledger as a table beside Marten's, written on the batch's connection, in its transaction.</summary>
    private sealed class MartenLedger(MartenDatabase database) : ProjectionStoreUnderTest<IDocumentSession>
    {
        public override Task<IProjectionStore<IDocumentSession>> OpenAsync(TenantId tenant, CancellationToken cancellationToken) =>
            Task.FromResult<IProjectionStore<IDocumentSession>>(new MartenProjectionStore(database.Store, tenant));

        public override async ValueTask RecordAsync(IDocumentSession session, string projection, RecordedEvent recorded, CancellationToken cancellationToken)
        {
            await using var insert = new NpgsqlCommand($"insert into {database.Schema}.ledger (tenant_id, projection, position) values ($1, $2, $3)", session.Connection)
            {
                Parameters = { new() { Value = session.TenantId }, new() { Value = projection }, new() { Value = recorded.Position } },
            };
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        public override async Task<IReadOnlyList<long>> ReadLedgerAsync(TenantId tenant, string projection, CancellationToken cancellationToken)
        {
            var rows = await database.QueryAsync("select position from {schema}.ledger where tenant_id = $1 and projection = $2 order by position", tenant.Value, projection);
            return [.. rows.Select(r => (long)r[0]!)];
        }
    }
}
