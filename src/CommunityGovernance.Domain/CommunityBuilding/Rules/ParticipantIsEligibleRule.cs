using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.ParticipantIsEligible"/>: no step by an ineligible actor.</summary>
internal sealed class ParticipantIsEligibleRule(ActorId actor, bool enrolled) : IDomainRule
{
    public string Name => CommunityBuildingRules.ParticipantIsEligible;

    public string Message => $"Actor '{actor}' is not enrolled in the process: only actors who live or work in its unit propose, support, deliberate, vote and volunteer.";

    public bool IsBroken() => !enrolled;
}
