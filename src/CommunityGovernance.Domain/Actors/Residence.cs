using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Actors;

/// <summary>
/// Where a resident actually lives (实际居住地): the administrative community whose residents' committee serves
/// the address, and, when known, the living community (小区) the address lies in.
/// </summary>
/// <remarks>
/// A residence names both sides on purpose: it records the fact that one person is in both a jurisdiction and a
/// compound, without making either community stand for the other. Two residences are equal when both parts are.
/// </remarks>
public sealed record Residence
{
    /// <summary>Records a residence.</summary>
    /// <param name="community">The administrative community of the address.</param>
    /// <param name="livingCommunity">The living community of the address, when known.</param>
    /// <exception cref="DomainRuleViolationException">An id is the default, empty value.</exception>
    public Residence(AdministrativeCommunityId community, LivingCommunityId? livingCommunity = null)
    {
        if (community.AreaCode.Level == 0)
        {
            throw new DomainRuleViolationException(CommunityRules.AdministrativeCommunityIdIsCommunityLevel, "A residence needs an administrative community.");
        }

        if (livingCommunity is { Value.Length: 0 })
        {
            throw new DomainRuleViolationException(CommunityRules.LivingCommunityIdIsWellFormed, "A residence's living community must not be the empty id.");
        }

        Community = community;
        LivingCommunity = livingCommunity;
    }

    /// <summary>The administrative community (行政社区) of the address.</summary>
    public AdministrativeCommunityId Community { get; }

    /// <summary>The living community (小区) of the address, when known.</summary>
    public LivingCommunityId? LivingCommunity { get; }

    /// <summary>The district (区/县) the address lies in.</summary>
    public AreaCode District => Community.AreaCode.Parent.Parent;
}
