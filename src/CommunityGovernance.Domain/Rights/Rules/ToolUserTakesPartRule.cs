using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>Only a participant of an arrangement uses its tools and techniques.</summary>
internal sealed class ToolUserTakesPartRule(ActorId actor, bool takesPart) : IDomainRule
{
    public string Name => GovernanceRightRules.ToolUserTakesPart;

    public string Message => $"Actor '{actor}' does not take part in the arrangement.";

    public bool IsBroken() => !takesPart;
}
