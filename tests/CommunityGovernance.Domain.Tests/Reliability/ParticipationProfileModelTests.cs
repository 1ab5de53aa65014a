using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using CommunityGovernance.Testing.Participation;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Domain.Tests.Reliability;

/// <summary>
/// A participation profile driven step by step beside a plain model: the evidence in the order recorded, one piece
/// per reference, only from the profile's community, a retraction removing exactly the piece it names; the scores
/// always those of the evidence held.
/// </summary>
public sealed class ParticipationProfileModelTests
{
    private static readonly CommunityUnit s_compound = CommunityUnit.Living(new LivingCommunityId("GY-01"));
    private static readonly CommunityUnit s_elsewhere = CommunityUnit.Living(new LivingCommunityId("GY-02"));

    public static Arbitrary<ParticipationCommand[]> Steps() => ParticipationGenerators.Commands(s_compound, s_elsewhere).ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(ParticipationProfileModelTests)])]
    public Property A_participation_profile_follows_its_model_step_by_step(ParticipationCommand[] steps)
    {
        var resident = new ActorId("R-MODEL");
        var profile = ParticipationProfile.Open(resident, s_compound, EverythingExists.Directory, StepByStep.Start);
        var held = new List<ParticipationEvidence>();

        return StepByStep.Follows(profile, p => p.ToSnapshot(), steps, (step, _) =>
            {
                switch (step)
                {
                    case ParticipationCommand.Record r when r.Evidence.Community == s_compound && !held.Any(e => e.Reference == r.Evidence.Reference):
                        held.Add(r.Evidence);
                        return true;
                    case ParticipationCommand.Retract r when !string.IsNullOrWhiteSpace(r.Reason) && r.Reason.Trim().Length <= ParticipationProfile.MaxReasonLength
                        && !string.IsNullOrWhiteSpace(r.Reference) && held.FindIndex(e => e.Reference == r.Reference.Trim()) is var index and >= 0:
                        held.RemoveAt(index);
                        return true;
                    default:
                        return false;
                }
            },
            (p, step, at) => step.ApplyTo(p, at),
            p => p.ToSnapshot() == new ParticipationProfileSnapshot(resident, s_compound, ParticipationScoring.Score(held), new EquatableArray<ParticipationEvidence>(held)));
    }
}
