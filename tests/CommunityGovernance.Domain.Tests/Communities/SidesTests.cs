using System.Reflection;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CommunityGovernance.Domain.Tests.Communities;

public sealed class SidesTests
{
    private static readonly string[] s_areaNamespaces =
    [
        "CommunityGovernance.Communities.Hierarchy",
        "CommunityGovernance.Communities.Living",
        "CommunityGovernance.Communities.Coverage",
        "CommunityGovernance.Communities.Grids",
        "CommunityGovernance.Communities.Crossings",
        "CommunityGovernance.Communities.WorkAccess",
        "CommunityGovernance.Communities.Homeowners",
        "CommunityGovernance.Programmes",
        "CommunityGovernance.CommunityBuilding",
    ];

    [ScaledProperty(Arbitrary = new[] { typeof(CommunityArbitraries) })]
    public Property Ids_of_the_two_sides_never_compare_equal(AdministrativeCommunityId administrative, LivingCommunityId living)
    {
        // Even a living id spelled with the administrative code's own digits stays a different thing.
        var lookalike = new LivingCommunityId(administrative.ToString());

        return (!administrative.Equals((object)living)
                && !living.Equals((object)administrative)
                && !administrative.Equals((object)lookalike)
                && !lookalike.Equals((object)administrative)
                && CommunityUnit.Administrative(administrative) != CommunityUnit.Living(lookalike)
                && CommunityUnit.Administrative(administrative) != CommunityUnit.Living(living))
            .Label($"{administrative} / {living}");
    }

    [Fact]
    public void Neither_id_converts_to_the_other_or_shares_a_base()
    {
        var administrative = typeof(AdministrativeCommunityId);
        var living = typeof(LivingCommunityId);

        Assert.Equal(typeof(ValueType), administrative.BaseType);
        Assert.Equal(typeof(ValueType), living.BaseType);
        Assert.False(administrative.IsAssignableTo(living));
        Assert.False(living.IsAssignableTo(administrative));
        var conversions = administrative.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Concat(living.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name is "op_Implicit" or "op_Explicit");
        Assert.Empty(conversions);
    }

    [Fact]
    public void Every_public_type_of_the_area_says_which_side_it_is_on()
    {
        var unmarked = typeof(District).Assembly.GetExportedTypes()
            .Where(t => s_areaNamespaces.Contains(t.Namespace))
            .Where(t => !t.IsDefined(typeof(AdministrativeSideAttribute), false)
                        && !t.IsDefined(typeof(LivingSideAttribute), false)
                        && !t.IsDefined(typeof(SanctionedCrossingAttribute), false)
                        && !t.IsDefined(typeof(SideIdentifierAttribute), false))
            //  [SanctionedCrossing] cannot target an enum; the crossings' enums are vocabulary shared by both sides.
            .Where(t => !(t.IsEnum && t.Namespace == "CommunityGovernance.Communities.Crossings"))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(unmarked);
    }

    [Fact]
    public void The_personal_information_accessor_is_marked_for_the_analyzers()
    {
        var access = typeof(CommunityGovernance.Communities.Crossings.PersonalInformationAccessLog).GetMethod("Access");

        Assert.NotNull(access);
        Assert.True(access.IsDefined(typeof(PersonalInformationAccessorAttribute), false));
    }
}
