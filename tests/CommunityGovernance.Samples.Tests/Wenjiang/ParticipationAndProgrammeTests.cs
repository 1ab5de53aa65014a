using CommunityGovernance.Participation;
using CommunityGovernance.Programmes;
using Wenjiang.Scenario;

namespace CommunityGovernance.Samples.Tests.Wenjiang;

public sealed class ParticipationAndProgrammeTests
{
    private static WenjiangResult Result => ScenarioRun.Result;

    [Fact]
    public void Complete_participation_matches_the_documented_scoring_applied_by_hand()
    {
        Assert.Equal(LivingCommunityPlan.All.Count * ParticipationStep.ResidentsPerCommunity, Result.Profiles.Count);

        // docs/domain/actors-demands-participation.md: willingness 25 × latest level; actions 10/10/20/25 capped at
        // 100; capability 30/40 capped at 100; complete when all three reach 60.
        var complete = Result.Profiles.Count(p =>
        {
            var latest = p.Evidence.Where(e => e.Kind == EvidenceKind.StatedWillingness).OrderBy(e => e.OccurredOn).LastOrDefault();
            var willingness = 25 * (latest?.WillingnessLevel ?? 0);
            var action = Math.Min(100, p.Evidence.Sum(e => e.Kind switch
            {
                EvidenceKind.MeetingAttended or EvidenceKind.VoteCast => 10,
                EvidenceKind.Volunteered => 20,
                EvidenceKind.ProposalMade => 25,
                _ => 0,
            }));
            var capability = Math.Min(100, p.Evidence.Sum(e => e.Kind switch
            {
                EvidenceKind.TrainingCompleted => 30,
                EvidenceKind.RoleHeld => 40,
                _ => 0,
            }));
            return willingness >= 60 && action >= 60 && capability >= 60;
        });

        Assert.Equal(complete, Result.Profiles.Count(p => p.IsComplete));
        Assert.InRange(complete, 1, Result.Profiles.Count - 1);
    }

    [Fact]
    public void Every_street_report_covers_all_its_communities_and_counts_fulfilled_items()
    {
        var programme = WenjiangEightItems.Template;
        var reports = Result.District.Streets.Select(s => ProgrammeStatusReport.ForStreet(programme, Result.District, s, Result.Fulfilments)).ToList();

        Assert.Equal(95, reports.Sum(r => r.Communities.Count));
        Assert.Equal(
            Result.Fulfilments.Sum(f => f.ToStatus().Items.Count(i => i.FulfilledOn is not null)),
            reports.Sum(r => r.Communities.Sum(c => c.FulfilledCount)));
        Assert.Equal(95 - Result.Fulfilments.Count, reports.Sum(r => r.Communities.Count(c => c.Items.All(i => i.Status == MandatedItemStatus.NotStarted))));
    }

    [Fact]
    public void Orders_show_each_answer_and_the_unanswered_one_is_overdue()
    {
        Assert.Equal(
            [CommunityGovernance.Communities.Crossings.AdministrativeOrderStatus.Accepted, CommunityGovernance.Communities.Crossings.AdministrativeOrderStatus.Declined, CommunityGovernance.Communities.Crossings.AdministrativeOrderStatus.Sunk],
            Result.Orders.Select(o => o.Status));
        Assert.Equal([false, false, true], Result.Orders.Select(o => o.IsOverdue(Result.Clock, Timeline.Zone)));
    }

    [Fact]
    public void Only_the_lawful_personal_information_access_is_logged()
    {
        var entry = Assert.Single(Result.PersonalInformation.Log.Entries);
        Assert.Equal(CommunityGovernance.Communities.Crossings.LegalBasis.StatutoryDuty, entry.Basis);
        Assert.Equal("PersonalInformationAccessHasLegalBasis", Result.PersonalInformation.RefusedRule);
    }
}
