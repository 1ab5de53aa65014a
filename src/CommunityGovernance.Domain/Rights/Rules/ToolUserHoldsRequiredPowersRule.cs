using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>A tool is used only by an actor that holds, over the community, every power the tool requires.</summary>
internal sealed class ToolUserHoldsRequiredPowersRule(GovernancePowers held, GovernancePowers required, string what) : IDomainRule
{
    public string Name => GovernanceRightRules.ToolRequiresPowers;

    public string Message => $"Using {what} requires {required}; the actor lacks {required.Except(held)} over the community.";

    public bool IsBroken() => !held.ContainsAll(required);
}
