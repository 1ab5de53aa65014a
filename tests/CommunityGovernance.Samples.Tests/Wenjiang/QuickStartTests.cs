using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Samples.Tests.Wenjiang;

// Keeps the sample's quick start (docs/sample.md, README) compiling and true. Only the file path differs: the
// quick start runs from the repository root, the test from its output directory.
public sealed class QuickStartTests
{
    [Fact]
    public void The_quick_start_delegates_rights_to_every_unit_of_the_real_district()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "wenjiang-510115.csv");

        // --- quick start ---
        var year = new Interval(Instant.FromUtc(2025, 12, 31, 16, 0), Instant.FromUtc(2026, 12, 31, 16, 0)); // 2026, Beijing time
        using var csv = File.OpenText(path);
        var wenjiang = DivisionCsv.Read(csv, year.Start).Single();                                    // 温江区: 9 streets, 95 communities

        var holders = new List<Actor> { Actor.RegisterOrganisation(new ActorId("QZF-510115"), ActorKind.PartyCommitteeAndGovernment, "温江区人民政府", year.Start) };
        holders.AddRange(wenjiang.Streets.Select(s => Actor.RegisterOrganisation(new ActorId("JD-" + s), ActorKind.StreetOffice, "街道办事处 " + s, year.Start)));
        holders.AddRange(wenjiang.Streets.SelectMany(wenjiang.CommunitiesOf)
            .Select(c => Actor.RegisterOrganisation(new ActorId("JWH-" + c), ActorKind.ResidentsCommittee, "居民委员会 " + c, year.Start)));
        var directory = CommunityDirectory.Build([.. wenjiang.PendingEvents, .. holders.SelectMany(h => h.PendingEvents)]);    // what exists

        var rights = GovernanceRight.Grant(
            new GovernanceRightId("WJ-2026-510115"),
            new RightTerms(new ActorId("QZF-510115"), GovernancePowers.All, CommunityUnit.Administrative(wenjiang.Code), year),
            directory,
            year.Start);
        foreach (var street in wenjiang.Streets)                                                       // 科层: district → street → community
        {
            rights.Delegate(rights.Id, new GovernanceRightId("WJ-2026-" + street),
                new RightTerms(new ActorId("JD-" + street), GovernancePowers.All, CommunityUnit.Administrative(street), year), directory, year.Start);
            foreach (var community in wenjiang.CommunitiesOf(street))
            {
                rights.Delegate(new GovernanceRightId("WJ-2026-" + street), new GovernanceRightId("WJ-2026-" + community),
                    new RightTerms(new ActorId("JWH-" + community), GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.TimeScheduling),
                        CommunityUnit.Administrative(community), year), directory, year.Start);
            }
        }

        var index = GovernanceRightsIndex.Build(rights.DequeuePendingEvents());                         // 105 rights
        var heping = CommunityUnit.Administrative(AdministrativeCommunityId.Parse("510115001001"));    // 和平社区
        var at = Instant.FromUtc(2026, 4, 30, 9, 0);
        bool sets = index.MayExercise(new ActorId("JWH-510115001001"), GovernancePower.TaskSetting, heping, at);             // true
        bool inspects = index.MayExercise(new ActorId("JWH-510115001001"), GovernancePower.InspectionAndAssessment, heping, at); // false: the street's
        // --- end ---

        Assert.Equal((9, 95), (wenjiang.Streets.Count, wenjiang.CommunityCount));
        Assert.Equal(105, index.Count);
        Assert.True(sets);
        Assert.False(inspects);
    }
}
