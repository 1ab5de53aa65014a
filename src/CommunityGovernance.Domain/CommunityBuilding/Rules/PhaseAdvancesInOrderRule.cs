using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.PhaseAdvancesInOrder"/>: phases follow one another, each beginning no earlier than the last.</summary>
internal sealed class PhaseAdvancesInOrderRule(CommunityBuildingProcessId process, ProcessPhase phase, Instant began, Instant at) : IDomainRule
{
    public string Name => CommunityBuildingRules.PhaseAdvancesInOrder;

    public string Message => $"Process '{process}' is in its {phase} phase, begun at {began}; it advances to the next phase, after that instant, and not past accounting (asked at {at}).";

    public bool IsBroken() => phase == ProcessPhase.Account || at < began;
}
