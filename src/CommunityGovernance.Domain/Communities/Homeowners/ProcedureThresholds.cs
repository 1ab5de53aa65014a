using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// The thresholds a vote is decided by: the Civil Code's (<see cref="CivilCode"/>), or stricter ones an assembly's
/// rules of procedure (业主大会议事规则) set. Each applies to both the exclusive area and the owners.
/// </summary>
/// <remarks>
/// A vote is opened only with thresholds each at least as strict as the Code's
/// (<see cref="CommunityRules.ProcedureThresholdIsNotLooser"/>). Two sets are equal when their thresholds are.
/// </remarks>
/// <param name="Participation">The share of the area and of the owners that must take part (Code: at least 2/3).</param>
/// <param name="SpecialMajority">The share of the participating area and owners that must agree on items 6 to 8 (Code: at least 3/4).</param>
/// <param name="OrdinaryMajority">The share that must agree on the other matters (Code: more than 1/2).</param>
[LivingSide]
public sealed record ProcedureThresholds(AssemblyThreshold Participation, AssemblyThreshold SpecialMajority, AssemblyThreshold OrdinaryMajority)
{
    /// <summary>The Civil Code's thresholds (Art. 278 para. 2): participation 2/3, items 6 to 8 3/4, the rest more than 1/2.</summary>
    public static ProcedureThresholds CivilCode { get; } = new(AssemblyThreshold.TwoThirds, AssemblyThreshold.ThreeQuarters, AssemblyThreshold.MoreThanHalf);

    /// <summary>The majority that must agree on <paramref name="matter"/>.</summary>
    /// <param name="matter">The matter.</param>
    /// <returns><see cref="SpecialMajority"/> for items 6 to 8, <see cref="OrdinaryMajority"/> otherwise.</returns>
    /// <exception cref="Kernel.DomainRuleViolationException">The matter is not listed (<see cref="CommunityRules.AssemblyMatterIsListed"/>).</exception>
    public AssemblyThreshold MajorityFor(AssemblyMatter matter) => matter.NeedsSpecialMajority() ? SpecialMajority : OrdinaryMajority;
}
