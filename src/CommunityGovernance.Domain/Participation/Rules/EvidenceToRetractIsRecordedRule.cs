using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Participation;

internal sealed class EvidenceToRetractIsRecordedRule(IReadOnlyList<ParticipationEvidence> recorded, string reference) : IDomainRule
{
    public string Name => ParticipationRules.EvidenceToRetractIsRecorded;

    public string Message => $"No evidence '{reference}' is recorded on this profile.";

    public bool IsBroken() => !recorded.Any(e => string.Equals(e.Reference, reference, StringComparison.Ordinal));
}
