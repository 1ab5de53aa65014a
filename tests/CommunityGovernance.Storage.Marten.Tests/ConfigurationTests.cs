using System.Text.Json.Nodes;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage.Marten;
using CommunityGovernance.Tests.Servers;
using Marten;

namespace CommunityGovernance.Storage.Marten.Tests;

/// <summary>What <c>UseCommunityGovernance</c> tells Marten: the serializer's JSON, the stable names, and nothing in clear.</summary>
public sealed class ConfigurationTests(PostgresServer server) : PostgresTests(server)
{
    [Fact]
    public void A_serializer_that_writes_personal_data_in_clear_is_refused()
    {
        var refused = Assert.Throws<DomainRuleViolationException>(() => new StoreOptions().UseCommunityGovernance(new DomainEventSerializer()));

        Assert.Equal("StorePersonalDataIsProtected", refused.Rule);
        Assert.Equal(MartenEventStore.PersonalDataProtectedRule, refused.Rule);
    }

    [Fact]
    public void Marten_writes_events_exactly_as_the_serializer_does()
    {
        var serializer = MartenDatabase.Serializer();
        var options = new StoreOptions().UseCommunityGovernance(serializer);
        DomainEvent[] events = [.. Samples.Office().PendingEvents, Samples.Demand("D-0001"), Samples.Note("H-1", "楼道漏水")];

        foreach (var domainEvent in events)
        {
            var marten = JsonNode.Parse(options.Serializer().ToJson(domainEvent));
            var ours = JsonNode.Parse(serializer.Serialize(domainEvent).Data);
            Assert.True(JsonNode.DeepEquals(marten, ours), $"{domainEvent.GetType().Name}: Marten wrote {marten?.ToJsonString()}, the serializer {ours?.ToJsonString()}");
        }
    }

    [Fact]
    public void Every_event_type_of_the_serializer_is_mapped_to_its_stable_name_and_version()
    {
        var serializer = MartenDatabase.Serializer();
        var options = new StoreOptions().UseCommunityGovernance(serializer);

        foreach (var name in serializer.EventTypes)
        {
            var mapping = ((global::Marten.Events.EventGraph)options.Events).EventMappingFor(serializer.FindEventType(name)!);
            Assert.Equal(name == nameof(HouseholdNoted) ? "HouseholdNoted.v2" : name, mapping.EventTypeName);
            Assert.Equal(string.Empty, mapping.DotNetTypeName);
        }
    }

    [Theory]
    [InlineData("DemandRaised", 1, "DemandRaised")]
    [InlineData("HouseholdNoted", 2, "HouseholdNoted.v2")]
    [InlineData("HouseholdNoted", 13, "HouseholdNoted.v13")]
    public void Type_names_carry_the_schema_version_from_version_2_on(string eventType, int version, string martenName)
    {
        Assert.Equal(martenName, MartenEventTypeNames.For(eventType, version));
        Assert.Equal((eventType, version), MartenEventTypeNames.Parse(martenName));
    }

    [Fact]
    public void The_feed_lock_key_of_a_tenant_is_the_same_in_every_process()
    {
        // FNV-1a of the UTF-8 bytes: fixed values, so that two processes (or versions) lock the same key.
        Assert.Equal(unchecked((int)0x39BA3F1Au), MartenEventStore.FeedLockKey(new TenantId("510115")));
        Assert.NotEqual(MartenEventStore.FeedLockKey(new TenantId("510115")), MartenEventStore.FeedLockKey(new TenantId("510104")));
        Assert.Equal(MartenEventStore.FeedLockKey(TenantId.Default), MartenEventStore.FeedLockKey(default));
    }

    [SkippableFact]
    public async Task A_store_not_configured_for_the_library_is_refused()
    {
        var connectionString = await DatabaseAsync();
        await using var plain = DocumentStore.For(connectionString);

        Assert.Throws<InvalidOperationException>(() => new MartenEventStore(plain));
    }

    [SkippableFact]
    public async Task Rows_carry_the_stable_name_and_no_clr_type_name()
    {
        await using var database = await NewStoreAsync();
        var store = database.Open();
        await store.SaveAsync(Samples.Office());
        await store.AppendAsync(Samples.NoteStream("H-1"), 0, [Samples.Note("H-1", "楼道漏水")]);

        var rows = await database.QueryAsync("select stream_id, type, coalesce(mt_dotnet_type, '') from {schema}.mt_events order by seq_id");

        Assert.Equal(
            [["actor/JD-510115001", "OrganisationRegistered", ""], ["household-notes/H-1", "HouseholdNoted.v2", ""]],
            rows.Select(r => r.Select(v => (string)v!).ToArray()).ToArray());
    }
}
