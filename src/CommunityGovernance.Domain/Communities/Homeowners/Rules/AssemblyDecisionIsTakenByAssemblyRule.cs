using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>See <see cref="CommunityRules.AssemblyDecisionIsTakenByAssembly"/>: the committee or a courtyard council does not decide Art. 278's matters.</summary>
internal sealed class AssemblyDecisionIsTakenByAssemblyRule(SelfGoverningBodyKind kind) : IDomainRule
{
    public string Name => CommunityRules.AssemblyDecisionIsTakenByAssembly;

    public string Message => $"A vote of the homeowners' assembly is submitted as the assembly's decision, not as one of a {kind}.";

    public bool IsBroken() => kind != SelfGoverningBodyKind.HomeownersAssembly;
}
