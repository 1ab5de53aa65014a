using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.AssemblyDecisionIsAdopted"/>.</summary>
internal sealed class AssemblyDecisionIsAdoptedRule(AssemblyVote vote, CommunityUnit unit) : IDomainRule
{
    public string Name => CommunityBuildingRules.AssemblyDecisionIsAdopted;

    public string Message => $"Assembly vote '{vote.Id}' of '{vote.Community}' is {(vote.Tally is null ? "still open" : vote.Tally.Outcome.ToString())}; an admission needs an adopted vote of the process's own living community ({unit}).";

    public bool IsBroken() => vote.Tally is not { Outcome: AssemblyOutcome.Adopted } || !unit.IsLiving || vote.Community != unit.LivingCommunityId;
}
