using CommunityGovernance.Testing.Storage;
using CommunityGovernance.Tests.Servers;

namespace CommunityGovernance.Storage.Marten.Tests;

/// <summary>The Marten store keeps the contract every store must keep, each case in a fresh schema.</summary>
public sealed class MartenEventStoreContractTests(PostgresServer server) : PostgresTests(server)
{
    public static TheoryData<string> Cases => new([.. EventStoreContract.CaseNames, .. EventStoreContract.ImportCaseNames]);

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task The_marten_store_keeps_the_store_contract(string name)
    {
        var connectionString = await DatabaseAsync();
        MartenDatabase? database = null;
        try
        {
            await EventStoreContract.RunAsync(name, async (tenant, serializer, _) =>
            {
                database ??= await MartenDatabase.CreateAsync(connectionString, serializer);
                return database.Open(tenant);
            });
        }
        finally
        {
            if (database is not null)
            {
                await database.DisposeAsync();
            }
        }
    }
}
