using CommunityGovernance.Participation;

namespace CommunityGovernance.Testing.Participation;

/// <summary>
/// The invariants every participation profile keeps, as a check to call from your own property tests.
/// </summary>
public static class ParticipationInvariants
{
    /// <summary>Lists the invariants the profile breaks; none, for a profile built only through its commands.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>One sentence per broken invariant.</returns>
    public static IReadOnlyList<string> Check(ParticipationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var broken = new List<string>();
        var s = profile.Scores;
        if (new[] { s.Willingness, s.Action, s.Capability }.Any(x => x is < 0 or > ParticipationScoring.MaxScore))
        {
            broken.Add("A score lies outside 0 to 100.");
        }

        var allReach = s.Willingness >= ParticipationScoring.CompleteThreshold && s.Action >= ParticipationScoring.CompleteThreshold && s.Capability >= ParticipationScoring.CompleteThreshold;
        if (profile.IsComplete != allReach)
        {
            broken.Add("Complete does not hold exactly when all three dimensions reach the threshold.");
        }

        if (profile.Evidence.Any(e => e.Community != profile.Community))
        {
            broken.Add("Evidence from another community is recorded.");
        }

        if (profile.Evidence.Select(e => e.Reference).Distinct(StringComparer.Ordinal).Count() != profile.Evidence.Count)
        {
            broken.Add("A reference is recorded twice.");
        }

        if (s != ParticipationScoring.Score(profile.Evidence))
        {
            broken.Add("The scores are not those of the recorded evidence.");
        }

        return broken;
    }
}
