using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Communities.Coverage;

/// <summary>
/// Read-only answers about coverage (覆盖关系): which administrative communities a living community's buildings lie in.
/// The crossings take it as input to check that an order, a decision or an access goes through a community that
/// covers the living community concerned. <see cref="CoverageRegister"/> is the aggregate that answers it; a vendor may
/// answer it from a read model of the register's events.
/// </summary>
[SanctionedCrossing("Coverage answers how the two sides overlap; it names each side by its identifier only.")]
public interface ICoverageQuery
{
    /// <summary>Which administrative communities cover the living community: those holding at least one of its buildings.</summary>
    /// <param name="livingCommunity">The living community.</param>
    /// <returns>The administrative communities, in code order; empty when none of its buildings is covered.</returns>
    IReadOnlyList<AdministrativeCommunityId> JurisdictionsSpannedBy(LivingCommunityId livingCommunity);

    /// <summary>Whether the administrative community covers the living community: holds at least one of its buildings.</summary>
    /// <param name="jurisdiction">The administrative community.</param>
    /// <param name="livingCommunity">The living community.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    bool Covers(AdministrativeCommunityId jurisdiction, LivingCommunityId livingCommunity);
}
