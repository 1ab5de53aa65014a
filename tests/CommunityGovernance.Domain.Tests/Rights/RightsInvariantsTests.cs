using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Rights;
using NodaTime;
using static CommunityGovernance.Domain.Tests.Rights.GovernanceRightTests;

namespace CommunityGovernance.Domain.Tests.Rights;

/// <summary>The audit finds what the aggregate would have refused, in a history forged past its rules.</summary>
public sealed class RightsInvariantsTests
{
    [Fact]
    public void A_forged_widening_is_found_against_every_ancestor_not_only_the_parent()
    {
        var district = new RightTerms(DistrictGovernment, GovernancePowers.Of(GovernancePower.TaskSetting), District, Year2026);
        var street = district with { Holder = StreetOffice, Scope = Street, Powers = GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.ResourceAllocation) };
        var community = street with { Holder = ResidentsCommittee, Scope = Community };
        var tree = GovernanceRight.FromHistory(
        [
            new GovernanceRightGranted(Day(0), new("D"), RightSource.Administrative, district),
            new GovernanceRightDelegated(Day(1), new("S"), new("D"), street),
            new GovernanceRightDelegated(Day(1), new("C"), new("S"), community),
        ]);

        var violations = RightsInvariants.NoRightExceedsItsAncestors(tree);

        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.StartsWith("S has powers", StringComparison.Ordinal) && v.Contains("beyond D's", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("C has powers", StringComparison.Ordinal) && v.Contains("beyond D's", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lawful_tree_has_no_violations()
    {
        Assert.Empty(RightsInvariants.NoRightExceedsItsAncestors(DelegatedDownToTheCommunity()));
        Assert.Empty(RightsInvariants.NoDescendantOutlivesARevocation(DelegatedDownToTheCommunity()));
    }
}
