using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.StepIsTakenInItsPhase"/>: each step belongs to its phase.</summary>
internal sealed class StepIsTakenInItsPhaseRule(CommunityBuildingProcessId process, string step, ProcessPhase phase, ProcessPhase[] phases) : IDomainRule
{
    public string Name => CommunityBuildingRules.StepIsTakenInItsPhase;

    public string Message => $"Process '{process}' is in its {phase} phase; {step} is taken in {string.Join(" or ", phases)} only.";

    public bool IsBroken() => Array.IndexOf(phases, phase) < 0;
}
