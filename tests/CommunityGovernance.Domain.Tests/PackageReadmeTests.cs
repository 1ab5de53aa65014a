using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Rights;
using CommunityGovernance.Tests;
using NodaTime;

namespace CommunityGovernance.Domain.Tests;

// The example of src/CommunityGovernance.Domain/README.md (the package's readme on NuGet), run as written.
public sealed class PackageReadmeTests
{
    [Fact]
    public void The_package_readme_example_runs()
    {
        // snippet: package
        var at = Instant.FromUtc(2025, 3, 1, 1, 0);
        var wenjiang = District.Establish(AreaCode.Parse("510115"), "温江区", at);   // the administrative hierarchy
        wenjiang.EstablishStreet(AreaCode.Parse("510115001"), "柳城街道", at);
        var heping = AdministrativeCommunityId.Parse("510115001001");          // an administrative community
        wenjiang.EstablishCommunity(heping, "和平社区", at);
        var guanghua = LivingCommunity.Found(new LivingCommunityId("GUANGHUA"), "光华逸家", at);   // a living community
        guanghua.AddCompound(new CompoundId("GY-1"), "一期", at);
        guanghua.AddBuilding(new BuildingId("GY-1-B1"), new CompoundId("GY-1"), null, "1栋", at);
        var coverage = CoverageRegister.Open(wenjiang.Code, at);                // the explicit many-to-many record
        coverage.PlaceBuilding(new BuildingId("GY-1-B1"), guanghua, heping, wenjiang, at);
        var office = Actor.RegisterOrganisation(new ActorId("JD-510115001"), ActorKind.StreetOffice, "柳城街道办", at);
        var directory = CommunityDirectory.Build([.. wenjiang.PendingEvents, .. office.PendingEvents]);   // what exists
        var streetOffice = office.Id;
        var right = GovernanceRight.Grant(new GovernanceRightId("LC-2025-001"), new RightTerms(streetOffice,
            GovernancePowers.Of(GovernancePower.TaskSetting), CommunityUnit.Administrative(heping.StreetCode), new Interval(at, null)), directory, at);
        var rights = GovernanceRightsIndex.Build(right.PendingEvents);
        var order = AdministrativeOrder.Sink(                                  // 行政指令下沉, through the residents' committee
            new CrossingId("LCJ-2025-017"), streetOffice, GovernancePower.TaskSetting,
            new ResidentsCommitteeChannel(new ActorId("JWH-510115001001"), heping),
            guanghua.Id, "清理楼栋消防通道", new LocalDate(2025, 3, 31), rights, coverage, at);
        order.Accept(new SelfGoverningBody(new ActorId("YWH-GUANGHUA"), SelfGoverningBodyKind.HomeownersCommittee), at);
        // `heping == guanghua.Id` does not compile: the two id types are unrelated, and no conversion exists.
        // The order sinks only because Heping covers Guanghua and the street office holds the power over Heping.
        // end snippet

        Assert.True(coverage.TryGetJurisdiction(new BuildingId("GY-1-B1"), out var jurisdiction));
        Assert.Equal(heping, jurisdiction);
        Assert.Equal(AdministrativeOrderStatus.Accepted, order.Status);
    }

    [Fact]
    public void The_package_readme_holds_the_same_example() =>
        ReadmeSnippet.AssertRunsAsWritten("src/CommunityGovernance.Domain/README.md", "package");
}
