using CommunityGovernance.Boundaries;

namespace Vendor.Residents
{
    [LivingSide]
    public sealed class Resident
    {
        [PersonalData] public string Name { get; set; } = "";

        public int Floor { get; set; }
    }
}

namespace Vendor.StreetOffice
{
    [AdministrativeSide]
    public sealed class Desk
    {
        public int Crossing(Vendor.Residents.Resident resident) => resident.Floor;

        // What the code fix writes, with the reason the author then gives.
        [SanctionedCrossing("The desk counts floors for the fire inspection, agreed with the compound.")]
        public int Sanctioned(Vendor.Residents.Resident resident) => resident.Floor;
    }
}
