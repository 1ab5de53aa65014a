using CommunityGovernance.Participation;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.Participation;

/// <summary>
/// FsCheck arbitraries for participation, to name in <c>[Property(Arbitrary = new[] { typeof(ParticipationArbitraries) })]</c>.
/// </summary>
public static class ParticipationArbitraries
{
    /// <summary>Listed evidence kinds.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EvidenceKind> EvidenceKind() => ParticipationGenerators.Kinds.ToArbitrary();

    /// <summary>Valid evidence from any generated community.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ParticipationEvidence> ParticipationEvidence() =>
        Testing.Actors.UnitGenerators.Units.SelectMany(unit => ParticipationGenerators.EvidenceFrom(unit, "E-1")).ToArbitrary();

    /// <summary>Profiles with recorded evidence.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ParticipationProfile> ParticipationProfile() => ParticipationGenerators.Profiles.ToArbitrary();
}
