using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>An actor joins an arrangement once.</summary>
internal sealed class ArrangementParticipantIsNewRule(ActorId participant, bool takesPart) : IDomainRule
{
    public string Name => GovernanceRightRules.ArrangementParticipantIsNew;

    public string Message => $"Actor '{participant}' already takes part in the arrangement.";

    public bool IsBroken() => takesPart;
}
