using CommunityGovernance.Tests.Servers;

namespace CommunityGovernance.Storage.Marten.Tests;

/// <summary>What reaches PostgreSQL: personal data only encrypted, Chinese text as it reads.</summary>
public sealed class PersonalDataTests(PostgresServer server) : PostgresTests(server)
{
    [SkippableFact]
    public async Task A_residents_identity_number_name_and_phone_never_reach_mt_events_in_clear()
    {
        await using var database = await NewStoreAsync();
        var store = database.Open();
        var resident = Samples.Resident("R-1", "王伟", "11010519491231002X", "13800000000");
        await store.SaveAsync(resident);

        var data = (string)(await database.QueryAsync("select data::text from {schema}.mt_events where stream_id = 'actor/R-1'")).Single()[0]!;

        Assert.DoesNotContain("王伟", data, StringComparison.Ordinal);
        Assert.DoesNotContain("11010519491231002X", data, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000000", data, StringComparison.Ordinal);
        Assert.Contains("aes-256-gcm", data, StringComparison.Ordinal);
        var read = (await store.LoadAsync(resident.Stream))!;
        Assert.Equal("王伟", read.Resident!.Name.Value);
    }

    [SkippableFact]
    public async Task Chinese_text_is_stored_unescaped()
    {
        await using var database = await NewStoreAsync();
        var store = database.Open();
        await store.SaveAsync(Samples.Office(name: "柳城街道办事处"));

        var rows = await database.QueryAsync("select data::text, data::text ~ '\\\\u' from {schema}.mt_events");

        Assert.Contains("柳城街道办事处", (string)rows.Single()[0]!, StringComparison.Ordinal);
        Assert.False((bool)rows.Single()[1]!);
    }
}
