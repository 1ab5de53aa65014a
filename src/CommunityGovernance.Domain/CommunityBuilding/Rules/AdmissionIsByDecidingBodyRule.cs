using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.AdmissionIsByDecidingBody"/>.</summary>
internal sealed class AdmissionIsByDecidingBodyRule(DecidingBody body, DecidingBody by) : IDomainRule
{
    public string Name => CommunityBuildingRules.AdmissionIsByDecidingBody;

    public string Message => $"The process is decided by the {body}; an admission by the {by} is not its decision.";

    public bool IsBroken() => body != by;
}
