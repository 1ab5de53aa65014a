using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Participation;

internal sealed class EvidenceFromProfileCommunityRule(CommunityUnit profileCommunity, ParticipationEvidence evidence) : IDomainRule
{
    public string Name => ParticipationRules.EvidenceFromProfileCommunity;

    public string Message => $"Evidence '{evidence.Reference}' is from {evidence.Community}, not from the profile's community {profileCommunity}.";

    public bool IsBroken() => evidence.Community != profileCommunity;
}
