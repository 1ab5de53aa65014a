using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Testing.Communities;
using NodaTime;

namespace CommunityGovernance.Storage.Marten.Tests;

/// <summary>Library events and aggregates the store-specific tests write.</summary>
internal static class Samples
{
    public static readonly Instant At = Instant.FromUtc(2026, 3, 2, 9, 0);

    public static readonly CommunityUnit Heping = CommunityUnit.Administrative(AdministrativeCommunityId.Parse("510115001001"));

    public static Actor Office(string id = "JD-510115001", string name = "柳城街道办事处") =>
        Actor.RegisterOrganisation(new ActorId(id), ActorKind.StreetOffice, name, At);

    public static Actor Resident(string id, string name, string identityNumber, string phone) =>
        Actor.RegisterResident(new ActorId(id), new ResidentParticulars(
            new PersonName(name),
            ResidentIdentityNumber.Parse(identityNumber),
            new PhoneNumber(phone),
            AreaCode.Parse("510115"),
            new Residence(AdministrativeCommunityId.Parse("510115001001"))), new FixedCommunityDirectory(At).Establish(AdministrativeCommunityId.Parse("510115001001")), At);

    public static DemandRaised Demand(string id, string text = "3栋电梯停运") =>
        new(new DemandId(id), new ActorId("R-1"), Heping, DemandCategory.PublicService, "电梯", text, At + Duration.FromDays(3), At);

    public static StreamName NoteStream(string household) => StreamName.Create("household-notes", household);

    public static HouseholdNoted Note(string household, string text) => new(At, household, text, "网格员");
}
