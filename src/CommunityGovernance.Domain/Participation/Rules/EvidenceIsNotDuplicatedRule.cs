using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Participation;

internal sealed class EvidenceIsNotDuplicatedRule(IReadOnlyList<ParticipationEvidence> recorded, string reference) : IDomainRule
{
    public string Name => ParticipationRules.EvidenceIsNotDuplicated;

    public string Message => $"Evidence '{reference}' is already recorded on this profile.";

    public bool IsBroken() => recorded.Any(e => string.Equals(e.Reference, reference, StringComparison.Ordinal));
}
