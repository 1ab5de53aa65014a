using CommunityGovernance.Communities;
using VendorApp.Crossings;
using VendorApp.Residents;

namespace VendorApp.StreetOffice;

/// <summary>The street office's (街道办事处) inspection work.</summary>
public sealed class InspectionService
{
    // Legitimate: identifiers name the other side, and the order is a sanctioned crossing.
    public SinkingOrder OrderCleanUp(AdministrativeCommunityId community, LivingCommunityId compound) =>
        new(community, compound, "Clean the courtyards before the inspection.");

    // Reaching into the residents' module directly.
    public int CountBuildings(CompoundCommittee committee) => committee.Households; // expect CGB001 CGB001

    public void Relocate(Resident resident) => resident.Building = 7; // expect CGB001 CGB001

    // Reading personal data for an assessment without a recorded access.
    public string CallList(Resident resident) => resident.Phone; // expect CGB001 CGB003

    // The same read inside a recorded personal-information access is sanctioned.
    public string LawfulCallList(Resident resident) => // expect CGB001
        PersonalInformationLog.Read("PIPL art. 13(4): public-health emergency", () => resident.Phone);
}
