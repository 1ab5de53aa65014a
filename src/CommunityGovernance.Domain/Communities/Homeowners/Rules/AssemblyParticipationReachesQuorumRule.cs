using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// See <see cref="CommunityRules.AssemblyParticipationReachesQuorum"/>: Civil Code Art. 278 para. 2, first sentence —
/// owners holding at least two thirds of the exclusive area, and at least two thirds of the owners, take part (or the
/// stricter share the rules of procedure set).
/// </summary>
internal sealed class AssemblyParticipationReachesQuorumRule(AssemblyTally tally) : IDomainRule
{
    public string Name => CommunityRules.AssemblyParticipationReachesQuorum;

    public string Message =>
        $"Too few took part: {tally.ParticipationAreaRatio} of the area and {tally.ParticipationOwnerRatio} of the owners, where {tally.ParticipationThreshold} of each is needed.";

    public bool IsBroken() =>
        !(tally.ParticipationThreshold.IsMetBy(tally.ParticipationAreaRatio) && tally.ParticipationThreshold.IsMetBy(tally.ParticipationOwnerRatio));
}
