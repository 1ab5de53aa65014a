using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Demands;
using CommunityGovernance.Participation;
using NodaTime;
using NodaTime.Testing;

namespace CommunityGovernance.Domain.Tests.Demands;

// The quick-start code of docs/domain/actors-demands-participation.md, kept compiling and true.
public sealed class QuickStartTests
{
    [Fact]
    public void The_quick_start_runs_as_documented()
    {
        var at = Instant.FromUtc(2026, 3, 2, 9, 0);
        var guanghua = LivingCommunity.Found(new LivingCommunityId("GY-LJY-01"), "光华逸家", at);
        var compound = CommunityUnit.Living(guanghua.Id);

        var property = Actor.RegisterOrganisation(new ActorId("PC-01"), ActorKind.PropertyCompany, "光华物业", at);
        var homeowners = Actor.RegisterOrganisation(new ActorId("HOC-01"), ActorKind.HomeownersCommittee, "光华业委会", at);
        var directory = CommunityDirectory.Build([.. guanghua.PendingEvents, .. property.PendingEvents, .. homeowners.PendingEvents]);
        property.AssignResponsibility(DemandCategory.PublicService, compound, directory, at);   // 责: public service in this compound

        var demand = Demand.Raise(new DemandId("D-0001"), homeowners.Id, compound, DemandCategory.PublicService,
            "电梯故障", "The lift of building 3 has stopped.", DemandDeadlines.Default, directory, at);   // only what exists
        demand.Accept(new ActorId("RC-01"), at);
        demand.Route(new ActorId("RC-01"), property, at + Duration.FromHours(1));
        demand.StartWork(property.Id, at + Duration.FromHours(2));
        demand.Respond(property.Id, "Repaired.", "The controller was replaced under warranty.", at + Duration.FromDays(1));
        demand.Close(homeowners.Id, DemandEvaluation.Satisfied, at + Duration.FromDays(2));

        var field = ResponseField.ByCommunity([demand], new FakeClock(at + Duration.FromDays(30)));   // 回应场
        var profile = ParticipationProfile.Open(new ActorId("R-17"), compound, at);
        profile.Record(new ParticipationEvidence("MIN-2026-03", EvidenceKind.MeetingAttended, compound, new LocalDate(2026, 3, 1)), at);

        Assert.Equal(1.0, field[compound].ResponseRate);
        Assert.Equal(1.0, field[compound].OnTimeRate);
        Assert.Equal(1.0, field[compound].SatisfactionRate);
        Assert.Equal(10, profile.Scores.Action);
        Assert.False(profile.IsComplete);
    }
}
