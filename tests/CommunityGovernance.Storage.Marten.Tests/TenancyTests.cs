using CommunityGovernance.Tests.Servers;

namespace CommunityGovernance.Storage.Marten.Tests;

/// <summary>Tenants are Marten's conjoined tenants: the tenant_id column keeps them apart in every table.</summary>
public sealed class TenancyTests(PostgresServer server) : PostgresTests(server)
{
    [SkippableFact]
    public async Task Each_tenants_rows_carry_its_id_and_one_stream_key_serves_both()
    {
        await using var database = await NewStoreAsync();
        var wenjiang = database.Open(new TenantId("510115"));
        var jinjiang = wenjiang.ForTenant(new TenantId("510104"));
        await wenjiang.SaveAsync(Samples.Office());
        await jinjiang.SaveAsync(Samples.Office());
        await jinjiang.AppendAsync(Samples.NoteStream("H-1"), 0, [Samples.Note("H-1", "一")]);

        var events = await database.QueryAsync("select tenant_id, stream_id, version from {schema}.mt_events order by seq_id");
        var streams = await database.QueryAsync("select tenant_id, id, version from {schema}.mt_streams order by tenant_id, id");

        Assert.Equal(
            [["510115", "actor/JD-510115001", 1L], ["510104", "actor/JD-510115001", 1L], ["510104", "household-notes/H-1", 1L]],
            events.Select(r => new object[] { (string)r[0]!, (string)r[1]!, (long)r[2]! }).ToArray());
        Assert.Equal(
            [["510104", "actor/JD-510115001", 1L], ["510104", "household-notes/H-1", 1L], ["510115", "actor/JD-510115001", 1L]],
            streams.Select(r => new object[] { (string)r[0]!, (string)r[1]!, (long)r[2]! }).ToArray());
        Assert.Single(await wenjiang.ReadAllAsync(0, 10));
        Assert.Equal(2, (await jinjiang.ReadAllAsync(0, 10)).Count);
    }
}
