using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;

namespace Vendor.Violations;

[LivingSide]
public sealed class Resident(string phone)
{
    [PersonalData]
    public string Phone { get; } = phone;
}

[AdministrativeSide]
public static class Inspection
{
    // Errors by default: a personal datum read without a recorded access, and the two id spaces mixed.
    public static string CallList(Resident resident) => resident.Phone;

    public static bool Same(AdministrativeCommunityId community, LivingCommunityId compound) => community.ToString() == compound.Value;
}
