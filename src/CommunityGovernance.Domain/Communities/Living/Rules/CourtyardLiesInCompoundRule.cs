using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Living;

/// <summary>A building's courtyard is a courtyard of the building's own compound.</summary>
internal sealed class CourtyardLiesInCompoundRule(CourtyardId courtyard, CompoundId compound, CompoundId? courtyardCompound) : IDomainRule
{
    public string Name => CommunityRules.CourtyardLiesInCompound;

    public string Message => $"The courtyard '{courtyard}' is not a courtyard of compound '{compound}'.";

    public bool IsBroken() => courtyardCompound != compound;
}
