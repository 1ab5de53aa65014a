using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Rights;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Rights;

public sealed class HeldRightTests
{
    private static readonly RightTerms Terms = new(GovernanceRightTests.StreetOffice, GovernancePowers.All, GovernanceRightTests.Street, GovernanceRightTests.Year2026);

    [Fact]
    public void An_original_standing_right_has_no_parent_and_no_revocation()
    {
        var right = new HeldRight(new("R1"), null, RightSource.Administrative, Terms, null);

        Assert.Null(right.DelegatedFrom);
        Assert.Null(right.RevokedAt);
        Assert.False(right.IsRevoked);
        Assert.True(right.IsLiveAt(Terms.Validity.Start));
    }

    // The right keeps its parent without the nullable wrapper, and its source and revocation in one shared object; what
    // goes in must come out, through the constructor as through `with` (changing one must keep the other), and equality
    // must see exactly the five components, for either source and for a value outside the enum alike.
    [ScaledProperty(Arbitrary = new[] { typeof(RightsArbitraries) })]
    public Property A_right_gives_back_its_parent_and_revocation_and_equals_by_its_components(
        GovernanceRightId id, GovernanceRightId parent, bool delegated, bool revoked, short revokedDay, bool changeRevocation, byte sourceChoice)
    {
        var from = delegated ? parent : (GovernanceRightId?)null;
        var at = revoked ? Terms.Validity.Start + Duration.FromDays(revokedDay) : (Instant?)null;
        var source = (sourceChoice % 3) switch { 0 => RightSource.Administrative, 1 => RightSource.MarketAndSocial, _ => (RightSource)sourceChoice };
        var otherSource = source == RightSource.Administrative ? RightSource.MarketAndSocial : RightSource.Administrative;
        var right = new HeldRight(id, from, source, Terms, at);
        var otherAt = changeRevocation ? (at is null ? Terms.Validity.Start : null) : at;
        var changed = right with { RevokedAt = otherAt };
        var rebuilt = new HeldRight(id, from, source, Terms, otherAt);
        var resourced = right with { Source = otherSource };

        return (right.DelegatedFrom == from
                && right.Source == source
                && right.RevokedAt == at
                && changed.Source == source
                && resourced.Source == otherSource
                && resourced.RevokedAt == at
                && resourced != right
                && resourced == new HeldRight(id, from, otherSource, Terms, at)
                && right.IsRevoked == revoked
                && right.IsLiveAt(Terms.Validity.Start) == (Terms.Validity.Contains(Terms.Validity.Start) && (at is null || Terms.Validity.Start < at))
                && changed.RevokedAt == otherAt
                && changed == rebuilt
                && changed.GetHashCode() == rebuilt.GetHashCode()
                && (changed == right) == (otherAt == at)
                && (right with { DelegatedFrom = null }).DelegatedFrom is null
                && (right with { DelegatedFrom = parent }).DelegatedFrom == parent)
            .Label($"{right}");
    }
}
