using CommunityGovernance.Boundaries;

namespace Vendor.Severity;

[LivingSide]
public sealed class Resident(string phone)
{
    [PersonalData]
    public string Phone { get; } = phone;

    public int Members { get; set; } = 3;
}

[AdministrativeSide]
public static class Inspection
{
    // .editorconfig raises CGB001 to an error and turns CGB003 off.
    public static int CountMembers(Resident resident) => resident.Members;

    public static string CallList(Resident resident) => resident.Phone;
}
