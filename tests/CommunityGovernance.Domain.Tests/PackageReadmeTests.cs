using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Domain.Tests;

// The example of src/CommunityGovernance.Domain/README.md (the package's readme on NuGet), kept compiling and true.
public sealed class PackageReadmeTests
{
    [Fact]
    public void The_package_readme_example_runs()
    {
        var at = Instant.FromUtc(2025, 3, 1, 1, 0);
        var heping = AdministrativeCommunityId.Parse("510115001001");          // an administrative community

        var guanghua = LivingCommunity.Found(new LivingCommunityId("GUANGHUA"), "光华逸家", at);   // a living community
        guanghua.AddCompound(new CompoundId("GY-1"), "一期", at);
        guanghua.AddBuilding(new BuildingId("GY-1-B1"), new CompoundId("GY-1"), null, "1栋", at);

        var coverage = CoverageRegister.Open(AreaCode.Parse("510115"), at);    // the explicit many-to-many record
        coverage.PlaceBuilding(new BuildingId("GY-1-B1"), guanghua.Id, heping, at);

        var order = AdministrativeOrder.Sink(                                  // 行政指令下沉, through the residents' committee
            new CrossingId("LCJ-2025-017"), new ActorId("JD-510115001"), GovernancePower.TaskSetting,
            new ResidentsCommitteeChannel(new ActorId("JWH-510115001001"), heping),
            guanghua.Id, "清理楼栋消防通道", new LocalDate(2025, 3, 31), at);
        order.Accept(new SelfGoverningBody(new ActorId("YWH-GUANGHUA"), SelfGoverningBodyKind.HomeownersCommittee), at);

        Assert.True(coverage.TryGetJurisdiction(new BuildingId("GY-1-B1"), out var jurisdiction));
        Assert.Equal(heping, jurisdiction);
    }
}
