using CommunityGovernance.Storage;
using CommunityGovernance.Testing.Storage;

namespace CommunityGovernance.Storage.Sqlite.Tests;

/// <summary>The SQLite store keeps the contract every store must keep, each case on a fresh file.</summary>
public sealed class SqliteEventStoreContractTests
{
    public static TheoryData<string> Cases => new([.. EventStoreContract.CaseNames, .. EventStoreContract.ImportCaseNames]);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_sqlite_store_keeps_the_store_contract(string name)
    {
        using var database = new TempDatabase();
        await EventStoreContract.RunAsync(name, async (tenant, serializer, cancellationToken) =>
            await SqliteEventStore.OpenAsync(new SqliteEventStoreOptions { DataSource = database.Path, Tenant = tenant, Serializer = serializer }, cancellationToken));
    }
}
