using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Participation;
using NodaTime;

namespace Wenjiang.Scenario;

/// <summary>
/// Step 10, participation (参与): residents' participation is recorded as evidence — stated willingness, meetings,
/// votes, volunteering, proposals, training, roles — in their living community, and scored on the three dimensions
/// of willingness (参与意愿), action (参与行动) and capability (参与能力).
/// </summary>
[LivingSide]
internal static class ParticipationStep
{
    /// <summary>How many residents of each living community keep a participation profile.</summary>
    public const int ResidentsPerCommunity = 10;

    /// <summary>The number of the first resident with a profile; the others follow, community by community.</summary>
    public const int FirstProfiledResident = 1001;

    private static readonly EvidenceKind[] s_actions = [EvidenceKind.MeetingAttended, EvidenceKind.VoteCast, EvidenceKind.Volunteered, EvidenceKind.ProposalMade];

    /// <summary>Opens a profile for each resident and records their evidence.</summary>
    /// <param name="living">The living communities.</param>
    /// <param name="random">The scenario's seeded random source.</param>
    /// <param name="directory">What exists: every resident (registered by <see cref="ActorStep"/>) and living community.</param>
    /// <returns>The profiles, community by community.</returns>
    public static IReadOnlyList<ParticipationProfile> Record(IEnumerable<LivingCommunityPlan> living, Random random, ICommunityDirectory directory)
    {
        var profiles = new List<ParticipationProfile>();
        var resident = FirstProfiledResident - 1;
        foreach (var plan in living)
        {
            var community = CommunityUnit.Living(plan.Id);
            for (var i = 0; i < ResidentsPerCommunity; i++)
            {
                var profile = ParticipationProfile.Open(ActorIds.Resident(++resident), community, directory, Timeline.ActorsRegistered);
                var evidence = new EvidenceLedger(profile, community, random);
                evidence.Add(EvidenceKind.StatedWillingness, random.Next(0, 5));
                for (var n = random.Next(0, 7); n > 0; n--)
                {
                    evidence.Add(s_actions[random.Next(s_actions.Length)]);
                }

                for (var n = random.Next(0, 3); n > 0; n--)
                {
                    evidence.Add(random.Next(2) == 0 ? EvidenceKind.TrainingCompleted : EvidenceKind.RoleHeld);
                }

                profiles.Add(profile);
            }
        }

        return profiles;
    }

    // Numbers each piece of evidence the way a committee numbers its minutes, and dates it within the first quarter.
    private sealed class EvidenceLedger(ParticipationProfile profile, CommunityUnit community, Random random)
    {
        private int _next = 1;

        public void Add(EvidenceKind kind, int? willingness = null)
        {
            var reference = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{profile.Actor}-E{_next++:D2}");
            var day = new LocalDate(2026, 1, 10).PlusDays(random.Next(0, 100));
            profile.Record(new ParticipationEvidence(reference, kind, community, day, willingness), Timeline.At(2026, 4, 25, 12));
        }
    }
}
