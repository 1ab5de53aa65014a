using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Living;

/// <summary>Each compound, courtyard and building of a living community has its own id.</summary>
internal sealed class LivingUnitIsAddedOnce(string kind, string id, bool exists) : IDomainRule
{
    public string Name => LivingCommunity.LivingUnitIsAddedOnceRule;

    public string Message => $"The {kind} '{id}' is already part of this living community.";

    public bool IsBroken() => exists;
}

/// <summary>A courtyard or building lies in a compound of this living community.</summary>
internal sealed class CompoundIsPartOfCommunity(CompoundId compound, bool exists) : IDomainRule
{
    public string Name => LivingCommunity.CompoundIsPartOfCommunityRule;

    public string Message => $"The compound '{compound}' is not part of this living community.";

    public bool IsBroken() => !exists;
}

/// <summary>A building's courtyard is a courtyard of the building's own compound.</summary>
internal sealed class CourtyardLiesInCompound(CourtyardId courtyard, CompoundId compound, CompoundId? courtyardCompound) : IDomainRule
{
    public string Name => LivingCommunity.CourtyardLiesInCompoundRule;

    public string Message => $"The courtyard '{courtyard}' is not a courtyard of compound '{compound}'.";

    public bool IsBroken() => courtyardCompound != compound;
}
