using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Participation;

internal sealed class EvidenceFromProfileCommunity(CommunityUnit profileCommunity, ParticipationEvidence evidence) : IDomainRule
{
    public string Name => ParticipationRules.EvidenceFromProfileCommunity;

    public string Message => $"Evidence '{evidence.Reference}' is from {evidence.Community}, not from the profile's community {profileCommunity}.";

    public bool IsBroken() => evidence.Community != profileCommunity;
}

internal sealed class EvidenceIsNotDuplicated(IReadOnlyList<ParticipationEvidence> recorded, string reference) : IDomainRule
{
    public string Name => ParticipationRules.EvidenceIsNotDuplicated;

    public string Message => $"Evidence '{reference}' is already recorded on this profile.";

    public bool IsBroken() => recorded.Any(e => string.Equals(e.Reference, reference, StringComparison.Ordinal));
}

internal sealed class EvidenceToRetractIsRecorded(IReadOnlyList<ParticipationEvidence> recorded, string reference) : IDomainRule
{
    public string Name => ParticipationRules.EvidenceToRetractIsRecorded;

    public string Message => $"No evidence '{reference}' is recorded on this profile.";

    public bool IsBroken() => !recorded.Any(e => string.Equals(e.Reference, reference, StringComparison.Ordinal));
}
