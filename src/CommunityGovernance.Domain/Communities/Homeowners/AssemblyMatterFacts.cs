using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>The fixed facts about each <see cref="AssemblyMatter"/>, as Civil Code Article 278 sets them.</summary>
[LivingSide]
public static class AssemblyMatterFacts
{
    /// <summary>
    /// Whether the matter is one of Art. 278's items 6 to 8 (raising the fund, rebuilding, changing the use of common
    /// parts or operating them), which need three quarters of the participating area and owners rather than more
    /// than half.
    /// </summary>
    /// <param name="matter">The matter.</param>
    /// <returns><see langword="true"/> for items 6 to 8.</returns>
    /// <exception cref="DomainRuleViolationException">The matter is not one of the list (<see cref="CommunityRules.AssemblyMatterIsListed"/>).</exception>
    public static bool NeedsSpecialMajority(this AssemblyMatter matter) => matter switch
    {
        AssemblyMatter.RaisingMaintenanceFund or AssemblyMatter.Rebuilding or AssemblyMatter.CommonPartsUseOrOperation => true,
        AssemblyMatter.RulesOfProcedure or AssemblyMatter.ManagementStatute or AssemblyMatter.HomeownersCommittee or
            AssemblyMatter.PropertyManager or AssemblyMatter.UseOfMaintenanceFund or AssemblyMatter.OtherMajorMatter => false,
        _ => throw new DomainRuleViolationException(CommunityRules.AssemblyMatterIsListed, $"Matter {(int)matter} is not one of Civil Code Article 278's list."),
    };

    /// <summary>The item's number in Article 278's list, 1 to 9.</summary>
    /// <param name="matter">The matter.</param>
    /// <returns>The number.</returns>
    /// <exception cref="DomainRuleViolationException">The matter is not one of the list (<see cref="CommunityRules.AssemblyMatterIsListed"/>).</exception>
    public static int Article278Item(this AssemblyMatter matter) =>
        Enum.IsDefined(matter)
            ? (int)matter
            : throw new DomainRuleViolationException(CommunityRules.AssemblyMatterIsListed, $"Matter {(int)matter} is not one of Civil Code Article 278's list.");
}
