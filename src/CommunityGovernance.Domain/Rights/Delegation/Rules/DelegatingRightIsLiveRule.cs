using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>A right is delegated from only while it stands: not revoked, and its validity not yet ended.</summary>
internal sealed class DelegatingRightIsLiveRule(HeldRight from, Instant at) : IDomainRule
{
    public string Name => GovernanceRightRules.DelegatingRightIsLive;

    public string Message => from.IsRevoked
        ? $"Right '{from.Id}' was revoked and can no longer be delegated."
        : $"Right '{from.Id}' expired before {at} and can no longer be delegated.";

    public bool IsBroken() => from.IsRevoked || Validity.HasEndedBy(from.Validity, at);
}
