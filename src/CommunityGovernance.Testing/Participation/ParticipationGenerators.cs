using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Participation;
using CommunityGovernance.Testing.Actors;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Testing.Participation;

/// <summary>Generators of participation evidence and profiles.</summary>
public static class ParticipationGenerators
{
    private static readonly Instant s_recordedAt = Instant.FromUtc(2025, 1, 1, 0, 0);

    /// <summary>Every listed evidence kind.</summary>
    public static Gen<EvidenceKind> Kinds { get; } = Gen.Elements(Enum.GetValues<EvidenceKind>());

    /// <summary>Days in 2024 and 2025.</summary>
    public static Gen<LocalDate> Days { get; } = Gen.Choose(0, 730).Select(d => new LocalDate(2024, 1, 1).PlusDays(d));

    /// <summary>One piece of valid evidence from <paramref name="community"/>, under the given reference.</summary>
    /// <param name="community">The community it happened in.</param>
    /// <param name="reference">Its reference.</param>
    /// <returns>The generator.</returns>
    public static Gen<ParticipationEvidence> EvidenceFrom(CommunityUnit community, string reference) =>
        from kind in Kinds
        from day in Days
        from level in Gen.Choose(0, ParticipationScoring.MaxWillingnessLevel)
        select new ParticipationEvidence(reference, kind, community, day, kind == EvidenceKind.StatedWillingness ? level : null);

    /// <summary>0 to 20 pieces of valid evidence from <paramref name="community"/>, with distinct references E-1, E-2…</summary>
    /// <param name="community">The community they happened in.</param>
    /// <returns>The generator.</returns>
    public static Gen<ParticipationEvidence[]> EvidenceListsFrom(CommunityUnit community) =>
        Gen.Choose(0, 20).SelectMany(count => Gen.CollectToArray(Enumerable.Range(1, count), n => EvidenceFrom(community, $"E-{n}")));

    /// <summary>Profiles of a generated actor in a generated community, with their evidence recorded.</summary>
    public static Gen<ParticipationProfile> Profiles { get; } =
        from actor in ActorGenerators.ActorIds
        from community in UnitGenerators.Units
        from evidence in EvidenceListsFrom(community)
        select ProfileOf(actor, community, evidence);

    /// <summary>Opens a profile and records the evidence, in order, one hour apart.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="community">The community.</param>
    /// <param name="evidence">Evidence from that community with distinct references.</param>
    /// <returns>The profile, with its events pending.</returns>
    public static ParticipationProfile ProfileOf(ActorId actor, CommunityUnit community, IEnumerable<ParticipationEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var profile = ParticipationProfile.Open(actor, community, new FixedCommunityDirectory(s_recordedAt).Establish(community).Register(actor), s_recordedAt);
        var at = s_recordedAt;
        foreach (var item in evidence)
        {
            at += Duration.FromHours(1);
            profile.Record(item, at);
        }

        return profile;
    }

    /// <summary>
    /// 0 to 30 steps on a profile of <paramref name="community"/>, over references E-1 to E-6 so that repeats are
    /// common: evidence from the community or from <paramref name="elsewhere"/>, and retractions whose reference may
    /// be padded (it is trimmed), blank or unrecorded and whose reason may be blank or past 500 characters.
    /// </summary>
    /// <param name="community">The profile's community.</param>
    /// <param name="elsewhere">Another community, whose evidence must be refused.</param>
    /// <returns>The generator.</returns>
    public static Gen<ParticipationCommand[]> Commands(CommunityUnit community, CommunityUnit elsewhere)
    {
        var reference = Gen.Choose(1, 6).Select(n => $"E-{n}");
        var step = Gen.Frequency(
            (5, from unit in Gen.Frequency((4, Gen.Constant(community)), (1, Gen.Constant(elsewhere)))
                from r in reference
                from evidence in EvidenceFrom(unit, r)
                select (ParticipationCommand)new ParticipationCommand.Record(evidence)),
            (3, from r in Gen.Frequency((6, reference), (1, reference.Select(r => " " + r + "\t")), (1, Gen.Elements(string.Empty, "  ")))
                from reason in Gen.Frequency(
                    (6, Gen.Elements("recorded in error", "  the meeting was cancelled  ")),
                    (1, Gen.Elements(string.Empty, " ")),
                    (1, Gen.Constant(new string('长', ParticipationProfile.MaxReasonLength + 1))))
                select (ParticipationCommand)new ParticipationCommand.Retract(r, reason)));
        return Gen.Choose(0, 30).SelectMany(n => Gen.ArrayOf(step, n));
    }
}
