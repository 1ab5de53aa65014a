using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.HomeownersAssemblyDecidesOnLivingSide"/>: the owners' assembly has no say over an administrative unit.</summary>
internal sealed class HomeownersAssemblyDecidesOnLivingSideRule(ProcessScope scope, DecidingBody body) : IDomainRule
{
    public string Name => CommunityBuildingRules.HomeownersAssemblyDecidesOnLivingSide;

    public string Message => $"The homeowners' assembly decides the owners' matters of a living community; a process on {scope} is decided by a residents' council.";

    public bool IsBroken() => body == DecidingBody.HomeownersAssembly && !scope.IsLiving;
}
