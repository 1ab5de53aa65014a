using CommunityGovernance.Boundaries;

namespace Vendor.App;

[LivingSide]
public sealed class Household
{
    public int Members { get; set; } = 3;
}

[AdministrativeSide]
public static class StreetOfficeReport
{
    // Administrative code reading the living side's own state: the boundary analyzer flags it (a warning).
    public static int CountMembers(Household household) => household.Members;
}
