using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Orleans.Grains;
using CommunityGovernance.PropertyTesting;
using CommunityGovernance.Storage;
using CommunityGovernance.Testing.Demands;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Orleans.Tests.Grains;

public sealed class AggregateGrainKeyTests
{
    public static Arbitrary<(TenantId Tenant, StreamName Stream)> Keys() =>
        (from tenant in Gen.Elements("510115", "default", "sichuan.chengdu", "t-1_a:b")
         from id in DemandGenerators.DemandIds
         from nested in Gen.Elements(true, false)
         select (new TenantId(tenant), nested ? StreamName.Create("participation-profile", $"{id.Value}/living:GY-01") : (StreamName)Demand.StreamOf(id))).ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(AggregateGrainKeyTests)])]
    public bool A_key_reads_back_as_the_tenant_and_stream_it_was_written_from((TenantId Tenant, StreamName Stream) key) =>
        AggregateGrainKey.Parse(AggregateGrainKey.Format(key.Tenant, key.Stream)) == (key.Tenant, key.Stream);

    [Fact]
    public void A_key_names_the_tenant_first()
    {
        Assert.Equal("510115/demand/D-0001", AggregateGrainKey.Format(new TenantId("510115"), Demand.StreamOf(new DemandId("D-0001"))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/demand/D-1")]
    [InlineData("510115")]
    [InlineData("510115/demand")]
    [InlineData("51 0115/demand/D-1")]
    public void A_malformed_key_is_refused(string key)
    {
        var refused = Assert.Throws<DomainRuleViolationException>(() => AggregateGrainKey.Parse(key));
        Assert.Contains(refused.Rule, new[] { StorageRules.StreamNameIsWellFormed, TenantId.WellFormedRule });
    }

    [Fact]
    public void An_empty_stream_has_no_key()
    {
        Assert.Throws<DomainRuleViolationException>(() => AggregateGrainKey.Format(TenantId.Default, default));
    }
}
