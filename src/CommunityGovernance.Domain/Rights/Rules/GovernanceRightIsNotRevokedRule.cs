using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>A revoked right is neither revoked again nor changed.</summary>
internal readonly struct GovernanceRightIsNotRevokedRule(HeldRight right) : IDomainRule
{
    public string Name => GovernanceRightRules.GovernanceRightIsNotRevoked;

    public string Message => $"Right '{right.Id}' was already revoked.";

    public bool IsBroken() => right.IsRevoked;
}
