using Ardalis.GuardClauses;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Participation;

/// <summary>
/// How participation is distributed in a community: how many profiles reach each dimension, how many are complete,
/// and how the scores of each dimension spread over five bands.
/// </summary>
/// <remarks>
/// The bands are 0–19, 20–39, 40–59, 60–79 and 80–100; the last two reach
/// <see cref="ParticipationScoring.CompleteThreshold"/>. Two distributions are equal when all their members are.
/// </remarks>
/// <param name="Community">The community.</param>
/// <param name="Profiles">Profiles counted.</param>
/// <param name="Complete">Profiles with a complete participation experience.</param>
/// <param name="WillingnessReached">Profiles whose willingness reaches the threshold.</param>
/// <param name="ActionReached">Profiles whose action reaches the threshold.</param>
/// <param name="CapabilityReached">Profiles whose capability reaches the threshold.</param>
/// <param name="WillingnessBands">Profiles per willingness band, lowest band first.</param>
/// <param name="ActionBands">Profiles per action band, lowest band first.</param>
/// <param name="CapabilityBands">Profiles per capability band, lowest band first.</param>
public sealed record ParticipationDistribution(
    CommunityUnit Community,
    int Profiles,
    int Complete,
    int WillingnessReached,
    int ActionReached,
    int CapabilityReached,
    EquatableArray<int> WillingnessBands,
    EquatableArray<int> ActionBands,
    EquatableArray<int> CapabilityBands)
{
    /// <summary>The number of score bands.</summary>
    public const int BandCount = 5;

    /// <summary>Reports the current distribution of the profiles of one community; profiles of other communities are left out.</summary>
    /// <param name="community">The community.</param>
    /// <param name="profiles">Profiles, of this and possibly other communities.</param>
    /// <returns>The distribution.</returns>
    public static ParticipationDistribution Of(CommunityUnit community, IEnumerable<ParticipationProfile> profiles)
    {
        Guard.Against.MissingValue(profiles);
        return Of(community, profiles.Where(p => p.Community == community).Select(p => p.Scores));
    }

    /// <summary>Reports the distribution of the profiles of one community as they stood on a day.</summary>
    /// <param name="community">The community.</param>
    /// <param name="profiles">Profiles, of this and possibly other communities.</param>
    /// <param name="day">The day.</param>
    /// <returns>The distribution.</returns>
    public static ParticipationDistribution Of(CommunityUnit community, IEnumerable<ParticipationProfile> profiles, LocalDate day)
    {
        Guard.Against.MissingValue(profiles);
        return Of(community, profiles.Where(p => p.Community == community).Select(p => p.ScoresOn(day)));
    }

    /// <summary>The band (0 to 4) a score falls in.</summary>
    /// <param name="score">A score from 0 to <see cref="ParticipationScoring.MaxScore"/>.</param>
    /// <returns>The band.</returns>
    public static int BandOf(int score) => Math.Clamp(score / 20, 0, BandCount - 1);

    private static ParticipationDistribution Of(CommunityUnit community, IEnumerable<ParticipationScores> scores)
    {
        int profiles = 0, complete = 0, willing = 0, acting = 0, capable = 0;
        var willingness = new int[BandCount];
        var action = new int[BandCount];
        var capability = new int[BandCount];
        foreach (var s in scores)
        {
            profiles++;
            complete += s.IsComplete ? 1 : 0;
            willing += s.Reaches(ParticipationDimension.Willingness) ? 1 : 0;
            acting += s.Reaches(ParticipationDimension.Action) ? 1 : 0;
            capable += s.Reaches(ParticipationDimension.Capability) ? 1 : 0;
            willingness[BandOf(s.Willingness)]++;
            action[BandOf(s.Action)]++;
            capability[BandOf(s.Capability)]++;
        }

        return new ParticipationDistribution(community, profiles, complete, willing, acting, capable, new(willingness), new(action), new(capability));
    }
}
