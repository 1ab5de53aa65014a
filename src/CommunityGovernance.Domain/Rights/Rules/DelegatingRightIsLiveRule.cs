using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>A right is delegated from only while it stands: not revoked, and its validity not yet ended.</summary>
internal readonly struct DelegatingRightIsLiveRule(GovernanceRightId from, bool revoked, Interval validity, Instant at) : IDomainRule
{
    public string Name => GovernanceRightRules.DelegatingRightIsLive;

    public string Message => revoked
        ? $"Right '{from}' was revoked and can no longer be delegated."
        : $"Right '{from}' expired before {at} and can no longer be delegated.";

    public bool IsBroken() => revoked || Validity.HasEndedBy(validity, at);
}
