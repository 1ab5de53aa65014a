using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CommunityGovernance.Domain.Tests.Communities;

public sealed class IdentifierSpacesTests
{
    [ScaledProperty]
    public Property Ids_of_the_two_sides_never_compare_equal_even_with_the_same_digits(PositiveInt seed)
    {
        var digits = (110000000001L + (seed.Get % 889999999999L)).ToString("D12", System.Globalization.CultureInfo.InvariantCulture);
        var administrative = AdministrativeCommunityId.Parse(digits);
        var living = new LivingCommunityId(digits);

        return (!administrative.Equals((object)living) && !living.Equals((object)administrative)
                && CommunityUnit.Administrative(administrative) != CommunityUnit.Living(living)
                && !Equals(administrative, living))
            .Label(digits);
    }

    [Fact]
    public void The_two_id_types_share_no_base_and_no_conversion()
    {
        var administrative = typeof(AdministrativeCommunityId);
        var living = typeof(LivingCommunityId);

        Assert.False(administrative.IsAssignableFrom(living));
        Assert.False(living.IsAssignableFrom(administrative));
        Assert.DoesNotContain(administrative.GetMethods(), m => m.Name is "op_Implicit" or "op_Explicit");
        Assert.DoesNotContain(living.GetMethods(), m => m.Name is "op_Implicit" or "op_Explicit");
        Assert.False(typeof(IEquatable<LivingCommunityId>).IsAssignableFrom(administrative));
        Assert.False(typeof(IEquatable<AdministrativeCommunityId>).IsAssignableFrom(living));
    }

    [Fact]
    public void Each_id_type_declares_its_side_for_the_analyzers()
    {
        Assert.Equal(CommunitySide.Administrative, Side<AdministrativeCommunityId>());
        Assert.Equal(CommunitySide.Living, Side<LivingCommunityId>());

        static CommunitySide Side<T>() =>
            ((SideIdentifierAttribute)Attribute.GetCustomAttribute(typeof(T), typeof(SideIdentifierAttribute))!).Side;
    }

    [Fact]
    public void An_administrative_community_id_needs_a_community_level_code()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => new AdministrativeCommunityId(AreaCode.Parse("510115001")));
        Assert.Equal(CommunityRules.AdministrativeCommunityIdIsCommunityLevel, error.Rule);
        Assert.Equal(AreaCode.Parse("510115001"), AdministrativeCommunityId.Parse("510115001001").StreetCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("slash/ed")]
    [InlineData("x12345678901234567890123456789012345678901234567890123456789012345")]
    public void A_malformed_living_community_id_is_refused(string value)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => new LivingCommunityId(value));
        Assert.Equal(CommunityRules.LivingCommunityIdIsWellFormed, error.Rule);
    }

    [Fact]
    public void A_unit_hands_out_only_its_own_side_identifier()
    {
        var living = CommunityUnit.Living(new LivingCommunityId("GY-01"));
        var street = CommunityUnit.Administrative(AreaCode.Parse("510115001"));

        Assert.Equal(CommunitySide.Living, living.Side);
        Assert.Equal("GY-01", living.LivingCommunityId.Value);
        Assert.Equal(CommunityRules.CommunityUnitSideMatches, Assert.Throws<DomainRuleViolationException>(() => living.AreaCode).Rule);
        Assert.Equal(CommunityRules.CommunityUnitSideMatches, Assert.Throws<DomainRuleViolationException>(() => street.LivingCommunityId).Rule);
        Assert.Equal("administrative 510115001", street.ToString());
        Assert.Throws<DomainRuleViolationException>(() => CommunityUnit.Living(default));
        Assert.Throws<DomainRuleViolationException>(() => CommunityUnit.Administrative(default(AreaCode)));
    }
}
