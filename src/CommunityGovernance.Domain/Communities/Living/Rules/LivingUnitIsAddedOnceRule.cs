using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Living;

/// <summary>Each compound, courtyard and building of a living community has its own id.</summary>
internal sealed class LivingUnitIsAddedOnceRule(string kind, string id, bool exists) : IDomainRule
{
    public string Name => CommunityRules.LivingUnitIsAddedOnce;

    public string Message => $"The {kind} '{id}' is already part of this living community.";

    public bool IsBroken() => exists;
}
